// /docs: Scalar's API reference over /openapi.json, configured to load nothing from elsewhere.
// Scalar's standalone bundle (/assets/vendor/scalar-api-reference.js) defines window.Scalar.
interface ScalarGlobal {
  createApiReference(selector: string, configuration: Record<string, unknown>): unknown;
}

const scalar = (window as unknown as { Scalar?: ScalarGlobal }).Scalar;
const mount = document.getElementById("reference");
if (scalar && mount) {
  scalar.createApiReference("#reference", {
    url: "/openapi.json",
    // Requests go from the browser straight to this server: no proxy, no telemetry, no web fonts.
    withDefaultFonts: false,
    telemetry: false,
    hideDarkModeToggle: false,
    showDeveloperTools: "never",
    persistAuth: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    // The "Open API Client" button leads to Scalar's hosted client: another site.
    hideClientButton: true,
    defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
    metaData: { title: "ClaimLint API reference" },
  });
  mount.removeAttribute("aria-busy");
} else if (mount) {
  mount.textContent = "The reference viewer did not load. The API is described in /openapi.json.";
}

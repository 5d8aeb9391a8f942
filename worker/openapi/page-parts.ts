// Markup the playground and the rule explorer share.

/** Where the user enters an API key when the server asks for one; the script keeps it in sessionStorage only. */
export function apiKeySettings(): string {
  return `<details class="settings" id="api-key-settings">
    <summary>API key</summary>
    <div class="controls">
      <div class="field">
        <label for="api-key">API key <span class="hint">(only when this server requires one; kept in this tab until it closes)</span></label>
        <input id="api-key" type="password" autocomplete="off" spellcheck="false" size="40">
      </div>
      <button type="button" id="forget-api-key">Forget key</button>
    </div>
  </details>`;
}

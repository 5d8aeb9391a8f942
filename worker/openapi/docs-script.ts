// The reference page's one script: reads /openapi.json, lists every operation with its
// parameters and schemas (field descriptions and constraints included) and gives each a
// "try it" form. Plain browser JavaScript in a string, so the bundler never rewrites it; it
// builds the DOM with textContent only, and avoids backticks and "${" so this template stays literal.
export const docsScript = String.raw`
(function () {
  "use strict";
  var componentPrefix = "#/components/schemas/";
  var tick = "\u0060";
  var spec = null;

  function h(tag, attributes) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === undefined || value === null || value === false) return;
      if (key === "class") element.className = value;
      else if (key.slice(0, 2) === "on") element.addEventListener(key.slice(2), value);
      else element.setAttribute(key, value === true ? "" : String(value));
    });
    append(element, Array.prototype.slice.call(arguments, 2));
    return element;
  }

  function append(element, children) {
    children.forEach(function (child) {
      if (Array.isArray(child)) append(element, child);
      else if (child !== undefined && child !== null && child !== false) element.append(child instanceof Node ? child : String(child));
    });
  }

  /** Text whose backticked words become code, the one markup the descriptions use. */
  function prose(text, tag) {
    var element = h(tag || "p");
    String(text || "").split(new RegExp("(" + tick + "[^" + tick + "]+" + tick + "|/problems/[a-z0-9-]+[a-z0-9])")).forEach(function (part) {
      if (part.length > 2 && part[0] === tick && part[part.length - 1] === tick) element.append(h("code", {}, part.slice(1, -1)));
      else if (part.indexOf("/problems/") === 0) element.append(h("a", { href: part }, part));
      else if (part) element.append(part);
    });
    return element;
  }

  /** A path that may wrap after each slash rather than inside a word. */
  function breakablePath(path) {
    return path.split("/").map(function (segment, index) { return index ? [h("wbr"), "/" + segment] : segment; });
  }

  function resolve(schema) {
    schema = schema || {};
    if (typeof schema.$ref === "string" && schema.$ref.indexOf(componentPrefix) === 0) {
      var name = schema.$ref.slice(componentPrefix.length);
      return { name: name, schema: spec.components.schemas[name] || {} };
    }
    return { name: null, schema: schema };
  }

  function typeLabel(schema) {
    var resolved = resolve(schema);
    var s = resolved.schema;
    if (s.const !== undefined) return JSON.stringify(s.const);
    if (s.type === "array") return typeLabel(s.items) + "[]";
    if (resolved.name && (s.type === "object" || s.properties)) return resolved.name;
    var type = Array.isArray(s.type) ? s.type.join(" | ") : s.type;
    if (!type && (s.oneOf || s.anyOf)) type = "one of";
    if (!type && s.properties) type = "object";
    return (type || "any") + (s.format ? " (" + s.format + ")" : "");
  }

  function range(low, high, unit) {
    var units = function (count) { return unit ? " " + unit + (count === 1 ? "" : "s") : ""; };
    if (low !== undefined && high !== undefined) return low + "–" + high + units(high);
    if (low !== undefined) return "at least " + low + units(low);
    if (high !== undefined) return "at most " + high + units(high);
    return null;
  }

  function constraints(s, example) {
    var items = constraintItems(s, example);
    return items.length ? h("div", { class: "constraints" }, items) : null;
  }

  function constraintItems(s, example) {
    var items = [];
    if (Array.isArray(s.enum)) items.push(h("span", {}, "one of ", s.enum.map(function (value, index) { return [index ? " " : "", h("code", {}, String(value))]; })));
    if (s.pattern) items.push(h("span", {}, "pattern ", h("code", {}, s.pattern)));
    var numbers = range(s.minimum, s.maximum, "");
    if (numbers) items.push(h("span", {}, numbers));
    var length = range(s.minLength, s.maxLength, "character");
    if (length) items.push(h("span", {}, length));
    var count = range(s.minItems, s.maxItems, "item");
    if (count) items.push(h("span", {}, count));
    if (s.uniqueItems) items.push(h("span", {}, "no duplicates"));
    if (s.default !== undefined) items.push(h("span", {}, "default ", h("code", {}, JSON.stringify(s.default))));
    if (s.additionalProperties === false) items.push(h("span", {}, "no other fields"));
    var sample = example !== undefined ? example : Array.isArray(s.examples) ? s.examples[0] : undefined;
    if (sample !== undefined) items.push(h("span", {}, "e.g. ", h("code", {}, typeof sample === "string" ? sample : JSON.stringify(sample))));
    return items;
  }

  /** Item descriptions such as "A code." only repeat the field's own; longer ones add rules worth reading. */
  function saysMore(description) {
    return typeof description === "string" && description.split(" ").length > 4;
  }

  function objectOf(schema) {
    var s = resolve(schema).schema;
    if (s.type === "array") s = resolve(s.items).schema;
    return s.properties ? s : null;
  }

  /** expanded: the components whose fields this schema view already shows; later ones point back (and cycles end). */
  function fieldList(s, expanded) {
    var required = s.required || [];
    return h("ul", { class: "fields" }, Object.keys(s.properties).map(function (name) {
      var property = s.properties[name];
      var resolved = resolve(property);
      var nested = objectOf(property);
      var itemName = resolved.name || (resolved.schema.items && resolve(resolved.schema.items).name);
      var repeated = Boolean(nested && itemName && expanded.indexOf(itemName) >= 0);
      if (nested && itemName && !repeated) expanded.push(itemName);
      var isArray = resolved.schema.type === "array";
      var item = isArray ? resolve(resolved.schema.items).schema : null;
      var limits = isArray ? constraintItems(resolved.schema).concat(constraintItems(item)) : constraintItems(resolved.schema);
      return h("li", { class: "field" },
        h("div", { class: "field-head" },
          h("span", { class: "field-name" }, name),
          h("span", { class: "type" }, typeLabel(property)),
          required.indexOf(name) >= 0 ? h("span", { class: "badge required" }, "required") : null),
        prose(property.description || resolved.schema.description, "div"),
        isArray && !nested && saysMore(item.description) ? h("div", { class: "muted" }, "Each: ", prose(item.description, "span")) : null,
        limits.length ? h("div", { class: "constraints" }, limits) : null,
        nested && !repeated ? fieldList(nested, expanded) : null,
        repeated ? h("div", { class: "muted" }, "The same fields as " + itemName + " above.") : null);
    }));
  }

  function schemaView(schema) {
    var resolved = resolve(schema);
    var s = resolved.schema;
    var expanded = resolved.name ? [resolved.name] : [];
    var view = h("div", { class: "schema" });
    if (resolved.name) view.append(h("div", {}, h("span", { class: "type" }, typeLabel(schema))));
    if (s.description) view.append(prose(s.description, "div"));
    var object = objectOf(schema);
    if (s.type === "array") view.append(h("div", { class: "muted" }, "A list of " + typeLabel(s.items) + "."));
    var limits = constraints(s.type === "array" ? s : {});
    if (limits) view.append(limits);
    if (object) {
      var itemName = s.type === "array" ? resolve(s.items).name : null;
      if (itemName) expanded.push(itemName);
      view.append(fieldList(object, expanded));
    } else if (!resolved.name) {
      var own = constraints(s);
      if (own) view.append(own);
    }
    return view;
  }

  function firstExample(media) {
    if (!media) return undefined;
    if (media.example !== undefined) return media.example;
    var names = Object.keys(media.examples || {});
    return names.length ? media.examples[names[0]].value : undefined;
  }

  function parametersTable(parameters) {
    return h("table", { class: "parameters" },
      h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "In"), h("th", {}, "Type"), h("th", {}, "Description"))),
      h("tbody", {}, parameters.map(function (parameter) {
        return h("tr", {},
          h("td", {}, h("span", { class: "field-name" }, parameter.name), parameter.required ? [" ", h("span", { class: "badge required" }, "required")] : null),
          h("td", { class: "muted" }, parameter.in),
          h("td", {}, h("span", { class: "type" }, typeLabel(parameter.schema))),
          h("td", {}, prose(parameter.description, "div"), constraints(resolve(parameter.schema).schema, parameter.example)));
      })));
  }

  function statusClass(status) {
    return "status s" + String(status).charAt(0);
  }

  function responseView(status, response) {
    var content = response.content || {};
    return h("details", { open: String(status).charAt(0) === "2" },
      h("summary", {}, h("span", { class: statusClass(status) }, status), prose(response.description, "span")),
      h("div", { class: "details-body" },
        Object.keys(response.headers || {}).map(function (name) {
          return h("div", { class: "media-type" }, "Header ", h("code", {}, name), " — ", response.headers[name].description);
        }),
        Object.keys(content).map(function (mediaType) {
          var example = firstExample(content[mediaType]);
          return h("div", {},
            h("div", { class: "media-type" }, mediaType),
            content[mediaType].schema ? schemaView(content[mediaType].schema) : null,
            example !== undefined ? h("details", {}, h("summary", {}, "Example"), h("div", { class: "details-body" }, h("pre", {}, JSON.stringify(example, null, 2)))) : null);
        })));
  }

  var keyInputs = [];

  function tryIt(path, method, operation) {
    var parameters = operation.parameters || [];
    var jsonBody = operation.requestBody && operation.requestBody.content["application/json"];
    var exampleBody = jsonBody ? JSON.stringify(firstExample(jsonBody) || {}, null, 2) : null;
    var inputs = parameters.map(function (parameter) {
      var input = h("input", { name: parameter.name, required: parameter.required, autocomplete: "off", spellcheck: "false",
        placeholder: parameter.required ? "" : parameter.example !== undefined ? "e.g. " + parameter.example : "optional" });
      if (parameter.required && parameter.example !== undefined) input.value = String(parameter.example);
      return { parameter: parameter, input: input };
    });
    var key = h("input", { type: "password", autocomplete: "off", placeholder: "if API_KEYS is set" });
    keyInputs.push(key);
    key.addEventListener("input", function () {
      keyInputs.forEach(function (other) { if (other !== key) other.value = key.value; });
    });
    var body = exampleBody === null ? null : h("textarea", { spellcheck: "false", rows: Math.min(24, exampleBody.split("\n").length + 1) });
    if (body) body.value = exampleBody;
    var send = h("button", { type: "submit", class: "primary" }, "Send request");
    var result = h("div", { class: "result", "aria-live": "polite" });

    function requestUrl() {
      var query = new URLSearchParams();
      var url = path;
      inputs.forEach(function (entry) {
        var value = entry.input.value.trim();
        if (entry.parameter.in === "path") url = url.replace("{" + entry.parameter.name + "}", encodeURIComponent(value));
        else if (entry.parameter.in === "query" && value) query.set(entry.parameter.name, value);
      });
      var search = query.toString();
      return url + (search ? "?" + search : "");
    }

    async function submit(event) {
      event.preventDefault();
      var url = requestUrl();
      var headers = { accept: "application/json, application/problem+json" };
      inputs.forEach(function (entry) {
        if (entry.parameter.in === "header" && entry.input.value.trim()) headers[entry.parameter.name] = entry.input.value.trim();
      });
      if (key.value.trim()) headers.authorization = "Bearer " + key.value.trim();
      var init = { method: method.toUpperCase(), headers: headers };
      if (body) {
        headers["content-type"] = "application/json";
        init.body = body.value;
      }
      send.disabled = true;
      result.replaceChildren(h("div", { class: "muted" }, "Sending " + init.method + " " + url + "…"));
      var started = performance.now();
      try {
        var response = await fetch(url, init);
        var text = await response.text();
        var elapsed = Math.round(performance.now() - started);
        var shown = text;
        try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (notJson) { shown = text; }
        var headerRows = [];
        response.headers.forEach(function (value, name) { headerRows.push(h("tr", {}, h("td", {}, name), h("td", {}, value))); });
        result.replaceChildren(
          h("div", { class: "result-head" },
            h("span", { class: statusClass(response.status) }, response.status),
            h("span", {}, response.statusText),
            h("span", { class: "muted mono" }, init.method + " " + url + " · " + elapsed + " ms")),
          h("details", {}, h("summary", {}, "Response headers (" + headerRows.length + ")"), h("div", { class: "details-body" }, h("table", {}, h("tbody", {}, headerRows)))),
          h("pre", {}, shown || "(empty body)"));
      } catch (error) {
        result.replaceChildren(h("div", { class: "notice" }, "The request failed before an answer came back: " + error.message));
      } finally {
        send.disabled = false;
      }
    }

    function reset() {
      inputs.forEach(function (entry) {
        entry.input.value = entry.parameter.required && entry.parameter.example !== undefined ? String(entry.parameter.example) : "";
      });
      if (body) body.value = exampleBody;
      result.replaceChildren();
    }

    return h("details", { class: "try" },
      h("summary", {}, "Try it"),
      h("div", { class: "details-body" },
        h("form", { onsubmit: submit },
          h("div", { class: "inputs" },
            inputs.map(function (entry) {
              return h("label", {}, h("span", {}, entry.parameter.name, " ", h("span", { class: "hint" }, entry.parameter.in + (entry.parameter.required ? ", required" : ""))), entry.input);
            }),
            h("label", {}, h("span", {}, "API key ", h("span", { class: "hint" }, "Bearer, optional")), key)),
          body ? h("label", {}, h("span", {}, "Request body ", h("span", { class: "hint" }, "application/json, the documented example; edit freely")), body) : null,
          h("div", { class: "actions" }, send, h("button", { type: "button", onclick: reset }, "Reset")),
          result)));
  }

  function securityNote(security) {
    var requirements = security || [];
    if (!requirements.some(function (requirement) { return Object.keys(requirement).length > 0; })) return null;
    var optional = requirements.some(function (requirement) { return Object.keys(requirement).length === 0; });
    return h("p", {}, h("span", { class: "badge" }, "API key"), optional
      ? [" Send ", h("code", {}, "Authorization: Bearer <key>"), " when the deployment sets API keys."]
      : [" Needs ", h("code", {}, "Authorization: Bearer <key>"), " with one of the deployment's API keys."]);
  }

  function operationView(path, method, operation) {
    var body = operation.requestBody;
    var responses = operation.responses || {};
    return h("article", { class: "operation", id: operation.operationId },
      h("header", {},
        h("span", { class: "method " + method }, method),
        h("span", { class: "path" }, breakablePath(path)),
        h("span", { class: "summary" }, operation.summary)),
      h("div", { class: "body" },
        operation.description ? prose(operation.description) : null,
        securityNote(operation.security),
        operation.parameters && operation.parameters.length ? [h("h4", {}, "Parameters"), parametersTable(operation.parameters)] : null,
        body ? [h("h4", {}, "Request body"), body.description ? prose(body.description) : null,
          Object.keys(body.content).map(function (mediaType) {
            return h("div", {}, h("div", { class: "media-type" }, mediaType + (body.required ? " · required" : "")), schemaView(body.content[mediaType].schema));
          })] : null,
        h("h4", {}, "Responses"),
        Object.keys(responses).map(function (status) { return responseView(status, responses[status]); }),
        tryIt(path, method, operation)));
  }

  function render() {
    var methods = ["get", "post", "put", "patch", "delete"];
    var byTag = {};
    var tags = (spec.tags || []).slice();
    Object.keys(spec.paths).forEach(function (path) {
      methods.forEach(function (method) {
        var operation = spec.paths[path][method];
        if (!operation) return;
        var tag = (operation.tags || ["Other"])[0];
        if (!tags.some(function (known) { return known.name === tag; })) tags.push({ name: tag });
        (byTag[tag] = byTag[tag] || []).push({ path: path, method: method, operation: operation });
      });
    });
    document.getElementById("api-version").textContent = "Version " + spec.info.version + " · OpenAPI " + spec.openapi;
    if (spec.info.summary) document.getElementById("api-summary").textContent = spec.info.summary;
    if (spec.info.description) document.getElementById("api-description").replaceChildren(prose(spec.info.description));
    var navigation = document.getElementById("nav-operations");
    var operations = document.getElementById("operations");
    navigation.replaceChildren();
    operations.replaceChildren();
    tags.filter(function (tag) { return byTag[tag.name]; }).forEach(function (tag) {
      var entries = byTag[tag.name];
      navigation.append(h("h5", {}, tag.name), h("ul", {}, entries.map(function (entry) {
        return h("li", {}, h("a", { href: "#" + entry.operation.operationId, title: entry.operation.summary },
          h("span", { class: "method " + entry.method }, entry.method), h("span", { class: "path" }, breakablePath(entry.path))));
      })));
      operations.append(h("section", { class: "tag-section", id: "tag-" + tag.name.toLowerCase().replace(/[^a-z0-9]+/g, "-") },
        h("h2", {}, tag.name),
        tag.description ? prose(tag.description) : null,
        entries.map(function (entry) { return operationView(entry.path, entry.method, entry.operation); })));
    });
    if (location.hash.length > 1) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  }

  fetch("/openapi.json", { headers: { accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) throw new Error("/openapi.json answered " + response.status);
      return response.json();
    })
    .then(function (description) { spec = description; render(); })
    .catch(function (error) {
      document.getElementById("operations").replaceChildren(h("div", { class: "notice" }, "Could not load the API description: " + error.message + ". It is also served as JSON at ", h("a", { href: "/openapi.json" }, "/openapi.json"), "."));
    });
})();
`;

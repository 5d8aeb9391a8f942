import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { ProblemError } from "../../worker/errors/problem-error.ts";
import {
  readSignatureHeaders,
  verifySignature,
  type SignatureHeaders,
} from "../../worker/webhooks/verify-signature.ts";
import { parseWebhookSecrets } from "../../worker/webhooks/webhook-secrets.ts";
import { currentSecret, previousSecret, strangerSecret } from "../helpers/signed-deliveries.ts";

const signedAtSeconds = 1_793_000_000;
const body = '{"type":"encounter.completed","data":{}}';

function signedWith(secret: string, id = "msg_1", seconds = signedAtSeconds): SignatureHeaders {
  return { id, timestamp: String(seconds), signature: new Webhook(secret).sign(id, new Date(seconds * 1000), body) };
}

function verify(headers: SignatureHeaders, options: { secrets?: string; body?: string; nowSeconds?: number } = {}) {
  return verifySignature({
    headers,
    body: new TextEncoder().encode(options.body ?? body),
    secrets: parseWebhookSecrets(options.secrets ?? currentSecret),
    nowSeconds: options.nowSeconds ?? signedAtSeconds,
  });
}

async function refusal(promise: Promise<unknown>): Promise<ProblemError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProblemError);
  expect((error as ProblemError).code).toBe("invalid-signature");
  return error as ProblemError;
}

describe("verifySignature", () => {
  it("accepts what the Standard Webhooks reference library signs", async () => {
    await expect(verify(signedWith(currentSecret))).resolves.toBe("default");
  });

  it("answers the tenant of the secret that signed", async () => {
    await expect(
      verify(signedWith(previousSecret), { secrets: `${currentSecret} clinic-a:${previousSecret}` }),
    ).resolves.toBe("clinic-a");
  });

  it.each([
    ["a good delivery", currentSecret, body],
    ["a tampered body", currentSecret, body.replace("{}", "[]")],
    ["a foreign secret", strangerSecret, body],
  ])("agrees with the reference library's own verify on %s", async (_case, secret, receivedBody) => {
    // The reference checks the timestamp against the real clock, so both get the current time.
    const now = Math.floor(Date.now() / 1000);
    const headers = signedWith(secret, "msg_agree", now);
    const referenceAccepts = (() => {
      try {
        new Webhook(currentSecret).verify(receivedBody, {
          "webhook-id": headers.id,
          "webhook-timestamp": headers.timestamp,
          "webhook-signature": headers.signature,
        });
        return true;
      } catch {
        return false;
      }
    })();
    const oursAccepts = await verify(headers, { body: receivedBody, nowSeconds: now }).then(
      () => true,
      () => false,
    );
    expect(oursAccepts).toBe(referenceAccepts);
  });

  it("refuses a body changed after signing", async () => {
    await refusal(verify(signedWith(currentSecret), { body: body.replace("{}", '{"x":1}') }));
  });

  it("refuses a signature made for another webhook-id", async () => {
    const headers = signedWith(currentSecret, "msg_1");
    await refusal(verify({ ...headers, id: "msg_2" }));
  });

  it("refuses a secret that is not configured", async () => {
    await refusal(verify(signedWith(strangerSecret)));
  });

  it("accepts any configured secret, so a rotation can overlap", async () => {
    const both = `${currentSecret} ${previousSecret}`;
    await expect(verify(signedWith(currentSecret), { secrets: both })).resolves.toBe("default");
    await expect(verify(signedWith(previousSecret), { secrets: both })).resolves.toBe("default");
  });

  it("accepts a header with several signatures when any is right, whatever their order", async () => {
    const headers = signedWith(currentSecret);
    const wrong = signedWith(strangerSecret).signature;
    await expect(verify({ ...headers, signature: `${wrong} ${headers.signature}` })).resolves.toBe("default");
    await expect(verify({ ...headers, signature: `${headers.signature} ${wrong}` })).resolves.toBe("default");
  });

  it("ignores signatures of other versions and garbled entries", async () => {
    const headers = signedWith(currentSecret);
    const valueOnly = headers.signature.split(",")[1]!;
    await refusal(verify({ ...headers, signature: `v1a,${valueOnly} v2,${valueOnly} ${valueOnly} v1,%%%` }));
  });

  it("accepts a timestamp up to five minutes off in either direction", async () => {
    await expect(verify(signedWith(currentSecret), { nowSeconds: signedAtSeconds + 300 })).resolves.toBe("default");
    await expect(verify(signedWith(currentSecret), { nowSeconds: signedAtSeconds - 300 })).resolves.toBe("default");
  });

  it("refuses a timestamp more than five minutes old, saying how old", async () => {
    const error = await refusal(verify(signedWith(currentSecret), { nowSeconds: signedAtSeconds + 20 * 60 }));
    expect(error.detail).toContain("1200 seconds old");
  });

  it("refuses a timestamp more than five minutes ahead", async () => {
    const error = await refusal(verify(signedWith(currentSecret), { nowSeconds: signedAtSeconds - 301 }));
    expect(error.detail).toContain("in the future");
  });

  it("refuses a timestamp that is not Unix seconds", async () => {
    const headers = signedWith(currentSecret);
    await refusal(verify({ ...headers, timestamp: new Date(signedAtSeconds * 1000).toISOString() }));
  });
});

describe("readSignatureHeaders", () => {
  const complete = { "webhook-id": "msg_1", "webhook-timestamp": "1793000000", "webhook-signature": "v1,abc" };

  it("reads the three Standard Webhooks headers", () => {
    expect(readSignatureHeaders(new Headers(complete))).toEqual({
      id: "msg_1",
      timestamp: "1793000000",
      signature: "v1,abc",
    });
  });

  it("names every missing header", () => {
    const error = (() => {
      try {
        readSignatureHeaders(new Headers({ "webhook-id": "msg_1" }));
      } catch (thrown) {
        return thrown as ProblemError;
      }
    })();
    expect(error?.code).toBe("invalid-signature");
    expect(error?.detail).toContain("webhook-timestamp, webhook-signature");
  });

  it("refuses a webhook-id with spaces, since it becomes the stored idempotency key", () => {
    expect(() => readSignatureHeaders(new Headers({ ...complete, "webhook-id": "msg 1" }))).toThrow(ProblemError);
  });
});

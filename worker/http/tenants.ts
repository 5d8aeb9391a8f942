// Tenants: a billing company serves many clinics. A credential (API key or webhook secret)
// may be written `tenant:credential`; one written bare belongs to tenant `default`, so a
// configuration from before tenants keeps working. Stored data belongs to a tenant.

export const defaultTenant = "default";

const tenantPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface TenantCredential {
  tenant: string;
  credential: string;
}

/** `clinic-a:secret` → clinic-a's; `secret` → default's. Only a valid tenant name before the first colon counts as one. */
export function splitTenant(entry: string): TenantCredential {
  const colon = entry.indexOf(":");
  const tenant = colon > 0 ? entry.slice(0, colon) : "";
  if (!tenantPattern.test(tenant)) return { tenant: defaultTenant, credential: entry };
  return { tenant, credential: entry.slice(colon + 1) };
}

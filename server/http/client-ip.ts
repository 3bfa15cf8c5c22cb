// The client-IP rule is below every folder (server/api, server/auth and the transport use it): server/client-ip.ts.
export * from "@/server/client-ip";

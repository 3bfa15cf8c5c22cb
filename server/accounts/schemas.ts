// Declared in the client-safe contracts (the account forms share them); server modules keep this path.
export * from "@/server/contracts/accounts";

"use client";

import { useMutation } from "@tanstack/react-query";
import { api } from "@/app/_trpc/client";
import { saveJsonFile } from "./save-json-file";

type TClient = ReturnType<typeof api.useUtils>["client"];

/**
 * A button's mutation that fetches an export and saves it as `fileName`. Always fresh, never from
 * the query cache: the file should be what the server holds now.
 */
export function useJsonExport(fetchExport: (client: TClient) => Promise<unknown>, fileName: string) {
  const { client } = api.useUtils();
  return useMutation({ mutationFn: () => fetchExport(client), onSuccess: (data) => saveJsonFile(data, fileName) });
}

/**
 * A prompt's size in tokens, estimated before the call (the provider reports the real count only
 * in its answer). About four characters per token for English text, plus a few tokens of framing
 * per message; close enough for spend written ahead of a call, which the real count replaces.
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

const CHARS_PER_TOKEN = 4;
const TOKENS_PER_MESSAGE = 4;

function contentChars(content: ChatCompletionMessageParam["content"]): number {
  if (typeof content === "string") return content.length;
  if (!Array.isArray(content)) return 0;
  return content.reduce((sum, part) => sum + ("text" in part && typeof part.text === "string" ? part.text.length : 0), 0);
}

export function estimateInputTokens(messages: readonly ChatCompletionMessageParam[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + Math.ceil(contentChars(message.content) / CHARS_PER_TOKEN), 0);
}

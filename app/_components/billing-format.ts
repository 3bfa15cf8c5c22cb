/** A plan's price as the billing procedures send it; the pricing page words it in the reader's language. */
export interface TPriceView {
  amountCents: number;
  currency: string;
  interval: string;
  intervalCount: number;
}

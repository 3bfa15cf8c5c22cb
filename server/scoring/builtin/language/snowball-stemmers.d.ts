/** snowball-stemmers 0.6.0 ships no types: the one call the analyzer makes. */
declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): SnowballStemmer;
  export function algorithms(): string[];
}

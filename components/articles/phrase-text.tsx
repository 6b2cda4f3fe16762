import { Fragment } from "react";
import { phrases } from "@/lib/content/phrases";

/**
 * Japanese text that wraps only between phrases (BudouX). Use inside an element styled with
 * `word-break: keep-all` (headings are, in globals.css).
 */
export function PhraseText({ text }: { text: string }) {
  return phrases(text).map((phrase, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {phrase}
    </Fragment>
  ));
}

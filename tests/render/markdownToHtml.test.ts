import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/render/markdown/markdownToHtml.js";

describe("markdownToHtml", () => {
  it("converts headings, paragraphs and inline marks", () => {
    expect(markdownToHtml("# Title\n\nSome **bold** and *em* and `a<b`\nsame paragraph.")).toBe(
      "<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>em</em> and <code>a&lt;b</code> same paragraph.</p>",
    );
  });

  it("escapes HTML everywhere, including user text that looks like markup", () => {
    const html = markdownToHtml('## <script>alert("x")</script>\n\nR&D <b>team</b> \\*not em\\*');
    expect(html).toBe('<h2>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h2>\n<p>R&amp;D &lt;b&gt;team&lt;/b&gt; *not em*</p>');
    expect(html).not.toContain("<script>");
  });

  it("keeps underscores inside words and emphasises _words_", () => {
    expect(markdownToHtml("customer_data and _stress_")).toBe("<p>customer_data and <em>stress</em></p>");
  });

  it("converts tables with alignment and escaped pipes", () => {
    expect(markdownToHtml("| A | B |\n|:---|---:|\n| x \\| y | `1|2` |\n| **z** | 3 |")).toBe(
      '<table><thead><tr><th>A</th><th style="text-align:right">B</th></tr></thead><tbody>' +
        '<tr><td>x | y</td><td style="text-align:right"><code>1|2</code></td></tr>' +
        '<tr><td><strong>z</strong></td><td style="text-align:right">3</td></tr></tbody></table>',
    );
  });

  it("converts bullet and numbered lists with one nesting level", () => {
    expect(markdownToHtml("- one\n  - one.a\n  - one.b\n- two\n\n1. first\n2. second")).toBe(
      "<ul><li>one<ul><li>one.a</li><li>one.b</li></ul></li><li>two</li></ul>\n<ol><li>first</li><li>second</li></ol>",
    );
  });

  it("converts fenced code and block quotes", () => {
    expect(markdownToHtml("```ts\nconst a = 1 < 2;\n```\n\n> a *note*")).toBe(
      '<pre><code class="language-ts">const a = 1 &lt; 2;</code></pre>\n<blockquote><p>a <em>note</em></p></blockquote>',
    );
  });

  it("treats a lone pipe line as a paragraph", () => {
    expect(markdownToHtml("| not a table")).toBe("<p>| not a table</p>");
  });
});

describe("markdownToHtml doc example", () => {
  it("matches the documented output", () => {
    expect(markdownToHtml("## Goals\n\n| Goal | Target |\n|---|---:|\n| Cash <flow> | **48** |")).toBe(
      '<h2>Goals</h2>\n<table><thead><tr><th>Goal</th><th style="text-align:right">Target</th></tr></thead><tbody><tr><td>Cash &lt;flow&gt;</td><td style="text-align:right"><strong>48</strong></td></tr></tbody></table>',
    );
  });
});

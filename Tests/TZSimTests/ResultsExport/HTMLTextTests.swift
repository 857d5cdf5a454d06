import ResultsExport
import Testing

@Suite("HTMLText: one escaping for the report, its charts and the workspace")
struct HTMLTextTests {
  @Test("The four characters that open markup or end an attribute are escaped; the rest is kept")
  func escapes() {
    #expect(HTMLText.escape(#"<b> & "x""#) == "&lt;b&gt; &amp; &quot;x&quot;")
    #expect(HTMLText.escape("aussi probable qu'improbable — 45\u{202F}%") == "aussi probable qu'improbable — 45\u{202F}%")
    #expect(HTMLText.escape("&amp;") == "&amp;amp;")
    #expect(HTMLText.escape("") == "")
  }

  @Test("French percentages: no decimals, a narrow no-break space")
  func percent() {
    #expect(NumberText.percentFR(0.7125) == "71\u{202F}%")
    #expect(NumberText.percentFR(1) == "100\u{202F}%")
    #expect(NumberText.percentFR(0) == "0\u{202F}%")
  }
}

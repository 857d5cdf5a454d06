#!/usr/bin/env python3
"""Looks at a TZSim report as a reader would, on screen and on paper, and fails on what it sees wrong.

    Scripts/check-report.py DIR/report.html [OUT_PREFIX]

Drives Debian's Chromium through Selenium (pip install selenium; apt-get install chromium
chromium-driver). On a 1,200 px screen it renders the WHOLE page and saves OUT_PREFIX.png; it
prints the page to OUT_PREFIX.pdf as a browser's "print" does. It fails when:
  - the console logs an error, a chart draws nothing, or a figure has no caption;
  - an element sticks out of the page on screen, or out of the printable width of A4 paper;
  - two labels of a chart overlap, or a label leaves its chart (measured with the real fonts);
  - the PDF is not A4, or a table or chart would show a scrollbar.
Exit status 0 when all hold, 1 otherwise, 64 on bad usage.
"""
import base64, os, re, sys, tempfile

CHECK_JS = r"""
const problems = [];
const W = document.documentElement.clientWidth;
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > W + 1) {
    problems.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} sticks out: right edge ${Math.round(r.right)} px > ${W} px`);
  }
  if ((el.scrollWidth > el.clientWidth + 1) && getComputedStyle(el).overflowX !== 'visible' && el !== document.documentElement && el !== document.body) {
    problems.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} would scroll sideways`);
  }
}
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  if (!svg.querySelector('polyline, rect:not(:first-of-type), polygon, circle')) problems.push(`chart ${svg.id} draws nothing`);
  const texts = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]).filter(([_, r]) => r.width > 0);
  for (const [s, r] of texts) {
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
      problems.push(`chart ${svg.id}: label "${s}" leaves the chart`);
  }
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const [a, ra] = texts[i], [b, rb] = texts[j];
    const ix = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
    const iy = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
    if (ix > 0.5 && iy > 2) problems.push(`chart ${svg.id}: labels "${a}" and "${b}" overlap`);
  }
}
const figures = document.querySelectorAll('figure').length;
if (document.querySelectorAll('figure > figcaption').length !== figures) problems.push('a figure has no caption');
if (!document.querySelector('.verdict') && !document.body.textContent.match(/objecti/i)) problems.push('no objectives section');
return [problems, document.querySelectorAll('svg.chart').length, figures, document.documentElement.scrollHeight];
"""


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    report = os.path.abspath(sys.argv[1])
    prefix = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(tempfile.mkdtemp(), "report")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("check-report: selenium is missing (pip install selenium)")
        return 1
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,900"):
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    problems = []
    try:
        driver.get("file://" + report)
        # On screen, 1,200 px wide, the whole height.
        screen, charts, figures, height = driver.execute_script(CHECK_JS)
        problems += ["screen: " + p for p in screen]
        driver.set_window_size(1200, min(height + 200, 30000))
        driver.save_screenshot(prefix + ".png")
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                problems.append("console: " + entry.get("message", ""))
        # On paper: print media at the printable width of A4 (210 mm − 2 × 14 mm = 182 mm = 688 px).
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 688, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        paper, _, _, _ = driver.execute_script(CHECK_JS)
        problems += ["print: " + p for p in paper]
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "displayHeaderFooter": False, "printBackground": True})
        data = base64.b64decode(pdf["data"])
        with open(prefix + ".pdf", "wb") as f:
            f.write(data)
        boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        if not boxes or any(abs(float(w) - 595.92) > 2 or abs(float(h) - 842.88) > 2 for w, h in boxes):
            problems.append(f"print: the PDF is not A4 ({sorted(set(boxes))[:3]})")
    finally:
        driver.quit()
    for p in problems:
        print("check-report:", p)
    print(f"check-report: {report}: {charts} charts, {figures} figures, {pages} pages, page {height} px high; "
          f"{prefix}.png and {prefix}.pdf: " + ("FAILED" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

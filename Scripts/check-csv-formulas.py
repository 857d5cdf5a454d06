#!/usr/bin/env python3
"""Opens every CSV file of a results folder in LibreOffice, as a planner's spreadsheet would, and fails if any cell is a formula.

    Scripts/check-csv-formulas.py RESULTS_DIR [SEPARATOR]

SEPARATOR is `,` (default) or `;` (`--excel-fr` folders). Each file is converted headless
(`soffice --headless --convert-to ods`, the CSV filter told the separator and UTF-8, with
formula evaluation on, as when a user opens the file) and the sheet's content.xml is searched
for `table:formula`: a cell LibreOffice evaluated. It also counts the cells shown as protected
text (`'=…`). Needs
LibreOffice Calc (`apt-get install libreoffice-calc-nogui`). Exit 0 when no cell is a formula,
1 otherwise, 64 on bad usage.
"""
import glob, os, re, shutil, subprocess, sys, tempfile, zipfile


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    folder = sys.argv[1]
    separator = sys.argv[2] if len(sys.argv) > 2 else ","
    files = sorted(glob.glob(os.path.join(folder, "**", "*.csv"), recursive=True))
    if not files:
        print(f"no CSV file under {folder}")
        return 1
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) is not installed")
        return 1
    # CSV filter options: separator (ASCII code), text delimiter ", charset 76 (UTF-8), first line 1,
    # column formats (none), language, quoted as text false, detect special numbers true,
    # save cell contents as shown, export formulas, remove spaces, …, evaluate formulas = true.
    sep_code = str(ord(separator))
    filter_options = f"{sep_code},34,76,1,,0,false,true,false,false,false,-1,true"
    out = tempfile.mkdtemp(prefix="tzsim-csv-check-")
    profile = tempfile.mkdtemp(prefix="tzsim-lo-profile-")
    formulas, texts = [], 0
    try:
        for i, f in enumerate(files):
            target = os.path.join(out, str(i))
            os.makedirs(target)
            r = subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--infilter=CSV:" + filter_options,
                 "--convert-to", "ods", "--outdir", target, f],
                capture_output=True, text=True, timeout=180)
            converted = glob.glob(os.path.join(target, "*.ods"))
            if r.returncode != 0 or not converted:
                print(f"FAIL {f}: LibreOffice did not open it ({r.stderr.strip()[:200]})")
                formulas.append(f)
                continue
            with zipfile.ZipFile(converted[0]) as z:
                content = z.read("content.xml").decode()
            found = re.findall(r'table:formula="([^"]*)"', content)
            texts += len(re.findall(r"<text:p>&apos;[=+\-@\t\r]", content))
            rel = os.path.relpath(f, folder)
            if found:
                formulas.append(rel)
                print(f"FAIL {rel}: {len(found)} formula cell(s), e.g. {found[0][:80]}")
            else:
                print(f"ok   {rel}")
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    print(f"{len(files)} CSV file(s), {len(formulas)} with a formula; {texts} payload cell(s) shown as text")
    return 1 if formulas else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fill and check Qt Linguist .ts files from tab-separated translation tables.

Workflow after changing user-visible strings:
  cmake --build build/release --target update_translations     # lupdate: new strings appear as unfinished
  scripts/translations.py missing translations/xray-studio_ja.ts > todo.tsv
  (translate: add a column per language)
  scripts/translations.py fill todo.tsv                         # writes every .ts named by the table's header
  scripts/translations.py check                                 # exit 1 while any entry is unfinished

Table format (UTF-8, tab-separated, first line a header): `context  source  <lang>...`, e.g.
`context\tsource\tja\tde`. English entries repeat the source; only plural ones need an `en` column. Escapes \\n, \\t and \\\\ inside cells. Plural (%n) messages give their forms separated by
" || " (Japanese has one form, German two: singular || plural).
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"


def unescape(cell):
    out, i = [], 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell):
            n = cell[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def ts_path(lang):
    return TS_DIR / f"xray-studio_{lang}.ts"


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    t = message.find("translation")
    return t is not None and t.get("type") in ("unfinished",)


def cmd_missing(path):
    tree = load(path)
    print("context\tsource\tplural")
    for name, message in messages(tree):
        if unfinished(message):
            plural = "yes" if message.get("numerus") == "yes" else ""
            print(f"{escape(name)}\t{escape(message.findtext('source'))}\t{plural}")


def cmd_fill(tables):
    rows = {}
    for table in tables:
        lines = pathlib.Path(table).read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t")
        langs = header[2:]
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = line.split("\t")
            key = (unescape(cells[0]), unescape(cells[1]))
            for lang, cell in zip(langs, cells[2:]):
                if cell and lang not in ("plural",):
                    rows.setdefault(lang, {})[key] = unescape(cell)
    # English is the source language: its entries repeat the source, only plural forms need a column ("en").
    rows.setdefault("en", {})
    for lang, table in rows.items():
        path = ts_path(lang)
        if not path.exists():
            print(f"{path.name}: no such .ts file, column {lang} skipped")
            continue
        tree = load(path)
        filled = 0
        for name, message in messages(tree):
            key = (name, message.findtext("source"))
            if key not in table:
                if lang != "en" or not unfinished(message) or message.get("numerus") == "yes":
                    continue
                table[key] = key[1]
            t = message.find("translation")
            text = table[key]
            for child in list(t):
                t.remove(child)
            t.text = None
            if message.get("numerus") == "yes":
                forms = [f.strip() for f in text.split(" || ")]
                t.text = None
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = text
            t.attrib.pop("type", None)
            filled += 1
        save(tree, path)
        print(f"{path.name}: {filled} entries filled")


def cmd_check(paths):
    bad = 0
    for path in paths or sorted(TS_DIR.glob("*.ts")):
        tree = load(path)
        missing = [m.findtext("source") for _, m in messages(tree) if unfinished(m)]
        print(f"{pathlib.Path(path).name}: {len(missing)} unfinished")
        for source in missing[:20]:
            print("   ", source.replace("\n", "\\n"))
        bad += len(missing)
    sys.exit(1 if bad else 0)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("missing", "fill", "check"):
        sys.exit(__doc__)
    if sys.argv[1] == "missing":
        cmd_missing(sys.argv[2])
    elif sys.argv[1] == "fill":
        cmd_fill(sys.argv[2:])
    else:
        cmd_check(sys.argv[2:])


if __name__ == "__main__":
    main()

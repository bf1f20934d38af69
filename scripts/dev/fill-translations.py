#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts catalogue from a JSON file {"context": {"source": "translation"}}.

Developer helper (not used by the build): after `cmake --build build --target update_translations`
    scripts/dev/fill-translations.py translations/aaconsole_de.ts my-new-strings.json
Sources are matched exactly as they appear in the code (unescaped); translations are escaped here.
A list value fills the plural forms of a %n message.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path, json_path = sys.argv[1], sys.argv[2]
    wanted = json.load(open(json_path, encoding="utf-8"))
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = wanted.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source in table and translation is not None:
                value = table[source]
                if isinstance(value, list):  # plural forms, in the language's numerus order
                    forms = translation.findall("numerusform")
                    for form, text in zip(forms, value):
                        form.text = text
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it. Put it back so lupdate's output is stable.
    text = open(ts_path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    open(ts_path, "w", encoding="utf-8").write(text if text.endswith("\n") else text + "\n")
    print(f"{ts_path}: filled {filled} entries")


if __name__ == "__main__":
    main()

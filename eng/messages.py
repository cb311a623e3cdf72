#!/usr/bin/env python3
"""Adds or replaces localized messages in the resource pair of each code's prefix.

usage: eng/messages.py <CODE> <english text> <zh-CN text> [<CODE> <en> <zh> ...]
A code PREFIX.REST goes to src/PartyBuilding.Core/Resources/PREFIX.resx and PREFIX.zh-CN.resx (created
when missing): the message catalog finds a code's text by its prefix. Entries stay sorted by code so
that parallel additions merge cleanly.
"""
import os
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "PartyBuilding.Core", "Resources")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
"""


def load(path):
    if not os.path.exists(path):
        return {}
    tree = ET.parse(path)
    return {d.get("name"): (d.findtext("value") or "") for d in tree.getroot().findall("data")}


def save(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for name in sorted(entries):
            f.write('  <data name="%s" xml:space="preserve">\n    <value>%s</value>\n  </data>\n'
                    % (escape(name, {'"': "&quot;"}), escape(entries[name])))
        f.write("</root>\n")


def main(argv):
    rest = argv[1:]
    if not rest or len(rest) % 3 != 0:
        sys.exit(__doc__)
    for i in range(0, len(rest), 3):
        code, e, z = rest[i:i + 3]
        prefix = code.split(".", 1)[0]
        if not prefix or prefix == code:
            sys.exit("a code is PREFIX.REST: " + code)
        en_path = os.path.join(ROOT, prefix + ".resx")
        zh_path = os.path.join(ROOT, prefix + ".zh-CN.resx")
        en, zh = load(en_path), load(zh_path)
        en[code], zh[code] = e, z
        save(en_path, en)
        save(zh_path, zh)


if __name__ == "__main__":
    main(sys.argv)

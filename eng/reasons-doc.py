#!/usr/bin/env python3
"""Writes docs/reasons.md from the resource files: every code with its English and zh-CN text.

The resources are the single source of the text; run this after adding or changing a message
(eng/messages.py). A test checks that docs/reasons.md lists every code the library defines.
"""
import os
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "PartyBuilding.Core", "Resources")
OUT = os.path.join(HERE, "..", "docs", "reasons.md")
SECTIONS = [
    ("COMMON", "Shared kernel"),
    ("POLICY", "Policy documents (each failure named by its JSON path)"),
    ("ORG", "Organizations and structure advice"),
    ("AFF", "Affiliation of mobile members"),
    ("FH", "Four haves of enterprise party organizations"),
    ("EVAL", "Democratic evaluation"),
    ("ACC", "Accountability"),
    ("OUT", "Outreach: the six ones"),
    ("EDU", "Education and organizational life"),
    ("PET", "Petitions"),
    ("TEAM", "Teams: weak and lax organizations, rectification, cadre training"),
    ("MEM", "Members: dues"),
    ("GOV", "Governance procedures, disclosure and audits"),
]


def load(path):
    if not os.path.exists(path):
        return {}
    return {d.get("name"): (d.findtext("value") or "") for d in ET.parse(path).getroot().findall("data")}


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


lines = [
    "# Reason and error codes",
    "",
    "Every reason a decision gives and every validation or state error the library raises has a",
    "stable code. Codes never change with culture; match on them. The text is picked by",
    "`CultureInfo.CurrentUICulture` (English by default, `zh-CN`). `{0}`-style placeholders are",
    "filled with the figures of the decision; `{PropertyName}`-style ones by FluentValidation.",
    "",
    "This page is generated from `src/PartyBuilding.Core/Resources/*.resx` by `eng/reasons-doc.py`.",
    "",
]
for base, title in SECTIONS:
    en = load(os.path.join(RES, base + ".resx"))
    zh = load(os.path.join(RES, base + ".zh-CN.resx"))
    lines += ["## " + title, "", "Prefix: `" + base + ".*`.", ""]
    if not en:
        lines += ["(none yet)", ""]
        continue
    lines += ["| code | English | 中文 |", "|---|---|---|"]
    for code in sorted(en):
        lines.append("| `%s` | %s | %s |" % (code, cell(en[code]), cell(zh.get(code, "(missing)"))))
    lines.append("")
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("wrote", os.path.relpath(OUT))

#!/usr/bin/env python3
"""Chinese man pages from swift-argument-parser's manual generator, which keeps ASCII only (Tools/generate-manual,
String+Escaping.swift: `for character in self where character.isASCII`, marked TODO upstream).

  manual-tokens.py dump TUIXUAN MAP.json     prints TUIXUAN's --experimental-dump-help (in the language TUIXUAN_LANG
                                             says) with every run of non-ASCII characters swapped for an ASCII token
                                             (QZH0001Q …), and writes the tokens' texts to MAP.json
  manual-tokens.py restore MAP.json PAGE...  puts the texts back in the generated pages, with a break point (\\:)
                                             after each CJK character so that groff can wrap Chinese lines

The generator's work (sections, options, escaping of the ASCII) is untouched; only the characters it would drop are
carried past it.
"""
import json
import re
import subprocess
import sys

NON_ASCII = re.compile(r"[^\x00-\x7f]+")
TOKEN = re.compile(r"QZH(\d{4})Q")


def dump(tuixuan: str, map_path: str) -> None:
    text = subprocess.run([tuixuan, "--experimental-dump-help"], check=True, capture_output=True, text=True).stdout
    tokens: dict[str, str] = {}
    by_text: dict[str, str] = {}

    def swap(value):
        if isinstance(value, str):
            def token(match):
                run = match.group(0)
                if run not in by_text:
                    by_text[run] = f"QZH{len(by_text) + 1:04d}Q"
                    tokens[by_text[run]] = run
                return by_text[run]
            return NON_ASCII.sub(token, value)
        if isinstance(value, list):
            return [swap(item) for item in value]
        if isinstance(value, dict):
            return {key: swap(item) for key, item in value.items()}
        return value

    swapped = swap(json.loads(text))
    if len(by_text) > 9999:
        sys.exit("manual-tokens: more than 9999 distinct texts")
    with open(map_path, "w", encoding="utf-8") as out:
        json.dump(tokens, out, ensure_ascii=False)
    json.dump(swapped, sys.stdout)


def breakable(run: str) -> str:
    # \: lets groff break the line after a character of a script written without spaces.
    return "".join(ch + ("\\:" if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f" else "") for ch in run)


def restore(map_path: str, pages: list[str]) -> None:
    with open(map_path, encoding="utf-8") as source:
        tokens = json.load(source)
    for page in pages:
        with open(page, encoding="utf-8") as source:
            lines = source.read().split("\n")
        out = []
        for line in lines:
            # Macro lines that name the page keep the text as it is; prose may break anywhere between characters.
            plain = line.startswith((".Dt", ".Nm", ".Xr"))
            out.append(TOKEN.sub(lambda m: tokens[m.group(0)] if plain else breakable(tokens[m.group(0)]), line))
        result = "\n".join(out)
        if TOKEN.search(result):
            sys.exit(f"manual-tokens: {page} holds a token not in {map_path}")
        with open(page, "w", encoding="utf-8") as target:
            target.write(result)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "restore":
        restore(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)

#!/usr/bin/env python3
"""Writes a slides-like PDF for the tests, the way Keynote / PowerPoint / Google Slides export:
one page a slide, 16:9 pages of 960x540 points (a 4:3 page when asked), a full-bleed background
colour, a title in Helvetica, a bullet list and a drawn shape. Page k's background colour is
COLOURS[k % len(COLOURS)], so a test can tell which page is on screen by sampling one pixel.

usage: make_pdf.py OUT.pdf PAGES [--four-three PAGE] [--damage]
  --four-three N   page N (1-based) is 720x540 (4:3) instead of 16:9
  --damage         cut the file short, as a half-copied file from a USB stick
"""
import sys
import zlib

COLOURS = [(0.85, 0.20, 0.15), (0.15, 0.55, 0.25), (0.15, 0.30, 0.80), (0.90, 0.70, 0.10),
           (0.55, 0.20, 0.65), (0.10, 0.60, 0.65)]


def page_stream(number, width, height):
    r, g, b = COLOURS[(number - 1) % len(COLOURS)]
    lines = [
        f"{r} {g} {b} rg 0 0 {width} {height} re f",           # background
        "1 1 1 rg 40 40 m 200 40 l 120 160 l h f",              # a white triangle
        "1 1 1 RG 6 w 40 430 m %d 430 l S" % (width - 40),      # a rule under the title
        "BT /F1 54 Tf 1 1 1 rg 40 450 Td (Slide %d) Tj ET" % number,
        "BT /F1 28 Tf 1 1 1 rg 260 330 Td (Point one about the talk) Tj 0 -44 Td "
        "(Point two, with more words) Tj 0 -44 Td (Point three) Tj ET",
    ]
    return zlib.compress("\n".join(lines).encode())


def build(pages, four_three):
    objects = []  # object bodies, numbered from 1

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_ref = add(b"")  # filled in below
    kids = []
    for number in range(1, pages + 1):
        width = 720 if number == four_three else 960
        stream = page_stream(number, width, 540)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream +
                      b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d 540] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_ref, width, content, font)))
    objects[pages_ref - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (Test talk) /Producer (lightning tests) >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_ref)

    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    path, pages = args[0], int(args[1])
    four_three = int(args[args.index("--four-three") + 1]) if "--four-three" in args else 0
    data = build(pages, four_three)
    if "--damage" in args:
        data = data[: len(data) // 3]
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()

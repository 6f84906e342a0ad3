#!/usr/bin/env python3
"""Writes the PowerPoint and Impress files `lightning import` is tested on, one per trap, with
Python's zipfile (a PPTX and an ODP are zips of XML parts):

  ignite.pptx          20 slides at 15 s; slide ids not ascending, part names shuffled, notes
                       parts numbered differently from the slides, half the timings inside
                       mc:AlternateContent, a stale "PowerPoint Presentation" title
  pechakucha-30s.pptx  20 slides at 20 s but slide 2 at 30 s and slide 7 waiting for a click, 4:3
  hidden.odp           Impress, 5 pages, 2 hidden (one in the page's style, one on the page)
  zip-bomb.pptx        one part that inflates 1 GB of zeros from about 1 MB
  dotdot.pptx          an entry named ../../escape.txt
  old.ppt              OLE magic (an old .ppt or a password-protected Office file)
  truncated.pptx       ignite.pptx cut in half
  damaged.pptx         slide 3's XML broken
  keynote.key          a zip of .iwa files
  many.pptx            10 000 slides (with --many)
  big.pptx             20 slides and ~50 MB of stored media (with --big), for the benchmark

usage: make_fixtures.py OUT_FOLDER [--many] [--big]
"""
import os
import sys
import zipfile

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = f'xmlns:a="{A}" xmlns:p="{P}" xmlns:r="{R}"'


def rels(items):
    body = "".join(f'<Relationship Id="{i}" Type="{R}/{t}" Target="{target}"/>'
                   for i, t, target in items)
    return f'<?xml version="1.0"?><Relationships xmlns="{REL}">{body}</Relationships>'


def slide_xml(title, advance=None, alternate=False, hidden=False, body=""):
    show = ' show="0"' if hidden else ""
    timing = ""
    if advance is not None and alternate:
        timing = ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
                  'markup-compatibility/2006"><mc:Choice xmlns:p14="http://schemas.microsoft.com/'
                  f'office/powerpoint/2010/main" Requires="p14"><p:transition spd="slow" '
                  f'p14:dur="1200" advTm="{advance}"><p14:prism/></p:transition></mc:Choice>'
                  f'<mc:Fallback><p:transition spd="slow" advTm="{advance}"><p:fade/>'
                  '</p:transition></mc:Fallback></mc:AlternateContent>')
    elif advance is not None:
        timing = f'<p:transition advTm="{advance}"/>'
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:sld {NS}{show}><p:cSld><p:spTree>'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
            '<p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:rPr>'
            f'<a:latin typeface="Calibri"/></a:rPr><a:t>{title}</a:t></a:r></a:p></p:txBody></p:sp>'
            f'{body}</p:spTree></p:cSld>{timing}</p:sld>')


def notes_xml(text):
    return (f'<?xml version="1.0"?><p:notes {NS}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr>'
            '<p:ph type="sldImg"/></p:nvPr></p:nvSpPr></p:sp><p:sp><p:nvSpPr><p:nvPr>'
            '<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r>'
            f'<a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>')


def write_pptx(path, slides, title="PowerPoint Presentation", creator="Ada Lovelace",
               size=(12192000, 6858000), extra=()):
    """slides: dicts with title, notes, advance (ms), alternate, hidden, id, part, notes_part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" '
                   'ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", rels([("rId1", "officeDocument", "ppt/presentation.xml")]))
        ids, prels = "", [("rId1", "theme", "theme/theme1.xml")]
        for i, s in enumerate(slides):
            rid = f"rId{100 + i}"
            ids += f'<p:sldId id="{s["id"]}" r:id="{rid}"/>'
            name = f'slide{s["part"]}.xml'
            prels.append((rid, "slide", f"slides/{name}"))
            z.writestr(f"ppt/slides/{name}",
                       slide_xml(s["title"], s.get("advance"), s.get("alternate", False),
                                 s.get("hidden", False), s.get("body", "")))
            srels = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
            if s.get("notes"):
                notes = f'notesSlide{s["notes_part"]}.xml'
                srels.append(("rId2", "notesSlide", f"../notesSlides/{notes}"))
                z.writestr(f"ppt/notesSlides/{notes}", notes_xml(s["notes"]))
            srels += s.get("media_rels", [])
            z.writestr(f"ppt/slides/_rels/{name}.rels", rels(srels))
        z.writestr("ppt/presentation.xml",
                   f'<?xml version="1.0"?><p:presentation {NS}><p:sldIdLst>{ids}</p:sldIdLst>'
                   f'<p:sldSz cx="{size[0]}" cy="{size[1]}"/></p:presentation>')
        z.writestr("ppt/_rels/presentation.xml.rels", rels(prels))
        z.writestr("ppt/theme/theme1.xml",
                   f'<a:theme xmlns:a="{A}"><a:themeElements><a:fontScheme><a:majorFont>'
                   '<a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin '
                   'typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>')
        z.writestr("docProps/core.xml",
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                   'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                   f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
                   '</cp:coreProperties>')
        for name, data, method in extra:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=method)


def shuffled_slides(count, seconds):
    """Show order k has slide id 1000 - 7k (descending), part (k * 7) % count + 1 and notes part
    count - k: none of them follows the order."""
    return [{"id": 1000 - 7 * k, "part": (k * 7) % count + 1, "notes_part": count - k,
             "title": f"Slide title {k + 1}", "notes": f"Notes for slide {k + 1}",
             "advance": seconds * 1000, "alternate": k % 2 == 1} for k in range(count)]


def odp(path):
    pages = [("Opening", "Say hello", None, "PT00H00M15S"), ("Backup one", "", "style", None),
             ("Middle", "The point", None, "PT00H00M15S"), ("Backup two", "", "page", None),
             ("Thanks", "Bye", None, "PT15S")]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    styles, body = "", ""
    for i, (title, notes, hidden, duration) in enumerate(pages):
        props = ' presentation:visibility="hidden"' if hidden == "style" else ""
        if duration:
            props += f' presentation:transition-type="automatic" presentation:duration="{duration}"'
        styles += (f'<style:style style:name="dp{i}" style:family="drawing-page">'
                   f'<style:drawing-page-properties{props}/></style:style>')
        on_page = ' presentation:visibility="hidden"' if hidden == "page" else ""
        note = (f'<presentation:notes><draw:frame presentation:class="notes"><draw:text-box>'
                f'<text:p>{notes}</text:p></draw:text-box></draw:frame></presentation:notes>'
                if notes else "")
        body += (f'<draw:page draw:name="p{i}" draw:style-name="dp{i}"{on_page}><draw:frame '
                 f'presentation:class="title"><draw:text-box><text:p>{title}</text:p>'
                 f'</draw:text-box></draw:frame>{note}</draw:page>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation")
        z.writestr("content.xml",
                   f'<?xml version="1.0"?><office:document-content {ns}><office:automatic-styles>'
                   f'{styles}</office:automatic-styles><office:body><office:presentation>{body}'
                   '</office:presentation></office:body></office:document-content>')
        z.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {ns}><office:meta>'
                   '<dc:title>Hidden pages</dc:title><meta:initial-creator>Grace Hopper'
                   '</meta:initial-creator></office:meta></office:document-meta>')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    join = lambda name: os.path.join(out, name)
    write_pptx(join("ignite.pptx"), shuffled_slides(20, 15))
    pk = shuffled_slides(20, 20)
    pk[1]["advance"] = 30000
    pk[6]["advance"] = None  # waits for a click
    write_pptx(join("pechakucha-30s.pptx"), pk, title="Twenty by twenty", size=(9144000, 6858000))
    odp(join("hidden.odp"))
    # 1 GB of zeros deflates to about 1 MB: the directory says so, nothing is inflated.
    with zipfile.ZipFile(join("zip-bomb.pptx"), "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("ppt/presentation.xml", "w", force_zip64=True) as part:
            block = bytes(1 << 20)
            for _ in range(1024):
                part.write(block)
    with zipfile.ZipFile(join("dotdot.pptx"), "w") as z:
        z.writestr("ppt/presentation.xml", "<p/>")
        z.writestr("../../escape.txt", "outside")
    with open(join("old.ppt"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with open(join("ignite.pptx"), "rb") as f:
        whole = f.read()
    with open(join("truncated.pptx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    # Slide 3's part is broken XML (an unclosed tag in its title).
    broken = shuffled_slides(5, 15)
    broken[2]["title"] = "Broken <a:t unclosed"
    write_pptx(join("damaged.pptx"), broken, title="Damaged")
    with zipfile.ZipFile(join("keynote.key"), "w") as z:
        z.writestr("Index/Document.iwa", b"\x00iwa")
        z.writestr("Metadata/Properties.plist", b"plist")
    if "--many" in sys.argv:
        write_pptx(join("many.pptx"), shuffled_slides(10000, 15), title="Ten thousand")
    if "--big" in sys.argv:
        slides = shuffled_slides(20, 15)
        extra = []
        for k, s in enumerate(slides):
            media = f"ppt/media/media{k + 1}.mp4"
            s["media_rels"] = [("rId9", "video", f"../media/media{k + 1}.mp4")]
            # Incompressible bytes, stored: a real deck's media are already compressed.
            extra.append((media, os.urandom(5 << 19), zipfile.ZIP_STORED))
        write_pptx(join("big.pptx"), slides, title="Fifty megabytes", extra=extra)


if __name__ == "__main__":
    main()

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


# Slide k's background is make_pdf.py's COLOURS[k % 6], so a picture LibreOffice draws can be
# told apart from its neighbours by one pixel, as the PDF's pages are.
COLOURS = ["D93326", "268C40", "264DCC", "E6B31A", "8C33A6", "1A99A6"]
GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
         '<p:grpSpPr/>')


def slide_xml(title, advance=None, alternate=False, hidden=False, body="", colour="FFFFFF"):
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
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:sld {NS}{show}><p:cSld><p:bg><p:bgPr>'
            f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
            f'<p:spTree>{GROUP}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
            '<p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="365125"/>'
            '<a:ext cx="10515600" cy="1325563"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:p><a:r>'
            f'<a:rPr lang="en-US"><a:latin typeface="Calibri"/></a:rPr><a:t>{title}</a:t></a:r></a:p>'
            f'</p:txBody></p:sp>{body}</p:spTree></p:cSld>{timing}</p:sld>')


def notes_xml(text):
    return (f'<?xml version="1.0"?><p:notes {NS}><p:cSld><p:spTree>{GROUP}<p:sp><p:nvSpPr><p:nvPr>'
            '<p:ph type="sldImg"/></p:nvPr></p:nvSpPr></p:sp><p:sp><p:nvSpPr><p:nvPr>'
            '<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r>'
            f'<a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>')


CT = "application/vnd.openxmlformats-officedocument.presentationml."
THEME = (f'<a:theme xmlns:a="{A}" name="Office"><a:themeElements><a:clrScheme name="Office">'
         '<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>' +
         "".join(f'<a:accent{i}><a:srgbClr val="4472C4"/></a:accent{i}>' for i in range(1, 7)) +
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/>'
         '</a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin '
         'typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
         '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>' +
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3 +
         '</a:fillStyleLst><a:lnStyleLst>' +
         '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3 +
         '</a:lnStyleLst><a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3 +
         '</a:effectStyleLst><a:bgFillStyleLst>' +
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3 +
         '</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
CLR_MAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
           'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
           'folHlink="folHlink"/>')


def write_pptx(path, slides, title="PowerPoint Presentation", creator="Ada Lovelace",
               size=(12192000, 6858000), extra=()):
    """slides: dicts with title, notes, advance (ms), alternate, hidden, id, part, notes_part.
    A whole package (content types, master, layout, theme), as LibreOffice needs to open it."""
    overrides = [("/ppt/presentation.xml", CT + "presentation.main+xml"),
                 ("/ppt/slideMasters/slideMaster1.xml", CT + "slideMaster+xml"),
                 ("/ppt/slideLayouts/slideLayout1.xml", CT + "slideLayout+xml"),
                 ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        ids, prels = "", [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
                          ("rId2", "theme", "theme/theme1.xml")]
        for i, s in enumerate(slides):
            rid = f"rId{100 + i}"
            ids += f'<p:sldId id="{s["id"]}" r:id="{rid}"/>'
            name = f'slide{s["part"]}.xml'
            prels.append((rid, "slide", f"slides/{name}"))
            overrides.append((f"/ppt/slides/{name}", CT + "slide+xml"))
            z.writestr(f"ppt/slides/{name}",
                       slide_xml(s["title"], s.get("advance"), s.get("alternate", False),
                                 s.get("hidden", False), s.get("body", ""),
                                 COLOURS[i % len(COLOURS)]))
            srels = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
            if s.get("notes"):
                notes = f'notesSlide{s["notes_part"]}.xml'
                srels.append(("rId2", "notesSlide", f"../notesSlides/{notes}"))
                overrides.append((f"/ppt/notesSlides/{notes}", CT + "notesSlide+xml"))
                z.writestr(f"ppt/notesSlides/{notes}", notes_xml(s["notes"]))
                z.writestr(f"ppt/notesSlides/_rels/{notes}.rels",
                           rels([("rId1", "slide", f"../slides/{name}")]))
            srels += s.get("media_rels", [])
            z.writestr(f"ppt/slides/_rels/{name}.rels", rels(srels))
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                   'ContentType="application/xml"/><Default Extension="mp4" ContentType="video/mp4"/>' +
                   "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides) +
                   '</Types>')
        z.writestr("_rels/.rels",
                   rels([("rId1", "officeDocument", "ppt/presentation.xml")]).replace(
                       "</Relationships>",
                       '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
                       '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                       '</Relationships>'))
        z.writestr("ppt/presentation.xml",
                   f'<?xml version="1.0"?><p:presentation {NS}><p:sldMasterIdLst><p:sldMasterId '
                   f'id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst>'
                   f'<p:sldSz cx="{size[0]}" cy="{size[1]}"/><p:notesSz cx="6858000" cy="9144000"/>'
                   '</p:presentation>')
        z.writestr("ppt/_rels/presentation.xml.rels", rels(prels))
        z.writestr("ppt/slideMasters/slideMaster1.xml",
                   f'<?xml version="1.0"?><p:sldMaster {NS}><p:cSld><p:spTree>{GROUP}</p:spTree>'
                   f'</p:cSld>{CLR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" '
                   'r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
        z.writestr("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                   rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                         ("rId2", "theme", "../theme/theme1.xml")]))
        z.writestr("ppt/slideLayouts/slideLayout1.xml",
                   f'<?xml version="1.0"?><p:sldLayout {NS} type="title"><p:cSld name="Title">'
                   f'<p:spTree>{GROUP}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
                   '</p:clrMapOvr></p:sldLayout>')
        z.writestr("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                   rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]))
        z.writestr("ppt/theme/theme1.xml", THEME)
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
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    styles, body = "", ""
    for i, (title, notes, hidden, duration) in enumerate(pages):
        props = f' draw:fill="solid" draw:fill-color="#{COLOURS[i % len(COLOURS)]}"'
        props += ' presentation:visibility="hidden"' if hidden == "style" else ""
        if duration:
            props += f' presentation:transition-type="automatic" presentation:duration="{duration}"'
        styles += (f'<style:style style:name="dp{i}" style:family="drawing-page">'
                   f'<style:drawing-page-properties{props}/></style:style>')
        on_page = ' presentation:visibility="hidden"' if hidden == "page" else ""
        note = (f'<presentation:notes><draw:frame presentation:class="notes" svg:x="2cm" '
                f'svg:y="14cm" svg:width="17cm" svg:height="10cm"><draw:text-box>'
                f'<text:p>{notes}</text:p></draw:text-box></draw:frame></presentation:notes>'
                if notes else "")
        body += (f'<draw:page draw:name="p{i}" draw:style-name="dp{i}" '
                 f'draw:master-page-name="Default"{on_page}><draw:frame presentation:class="title" '
                 'svg:x="1.4cm" svg:y="0.6cm" svg:width="25cm" svg:height="3cm"><draw:text-box>'
                 f'<text:p>{title}</text:p></draw:text-box></draw:frame>{note}</draw:page>')
    version = 'office:version="1.2"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # The mimetype first and stored, as ODF asks; a manifest, as LibreOffice needs.
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
                   'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
                   'presentation"/>' +
                   "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type='
                           '"text/xml"/>' for n in ("content.xml", "styles.xml", "meta.xml")) +
                   '</manifest:manifest>')
        z.writestr("content.xml",
                   f'<?xml version="1.0"?><office:document-content {ns} {version}>'
                   f'<office:automatic-styles>{styles}</office:automatic-styles><office:body>'
                   f'<office:presentation>{body}</office:presentation></office:body>'
                   '</office:document-content>')
        z.writestr("styles.xml",
                   f'<?xml version="1.0"?><office:document-styles {ns} {version}>'
                   '<office:automatic-styles><style:page-layout style:name="PM1">'
                   '<style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm" '
                   'style:print-orientation="landscape"/></style:page-layout>'
                   '</office:automatic-styles><office:master-styles><style:master-page '
                   'style:name="Default" style:page-layout-name="PM1"/></office:master-styles>'
                   '</office:document-styles>')
        z.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {ns} {version}>'
                   '<office:meta><dc:title>Hidden pages</dc:title><meta:initial-creator>Grace '
                   'Hopper</meta:initial-creator></office:meta></office:document-meta>')


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

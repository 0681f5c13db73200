#!/usr/bin/env python3
"""Reliability suite: hostile and broken inputs through the built product's start script.

    reliability-test.py UNPACKED_PRODUCT_DIR WORKDIR

Generates its own bad-input corpus in WORKDIR (nothing multi-megabyte is checked in), runs the real
`sourcebench` start script on it and checks for every case: the exit code, a message on standard error
naming the file, that the good article of the same run was imported, that nothing but the requested output
is on standard output, that no stack trace is printed, that the run ends within its time bound, and that
files on disk are whole. Also: kill -9 during saves and two concurrent writers (a few trials each).
Prints the table "tried / clear error / crash / hang / lost" and fails unless crash, hang and lost are 0.
"""
import json
import os
import random
import shutil
import signal
import stat
import struct
import subprocess
import sys
import time
import zipfile
import zlib

INSTALL, WORK = sys.argv[1], sys.argv[2]
SB = os.path.join(INSTALL, "sourcebench")
CONFIG = os.path.join(INSTALL, "configuration")
if os.path.isdir(WORK):
    for root, dirs, _ in os.walk(WORK):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    shutil.rmtree(WORK)
os.makedirs(WORK)
RESULTS = []  # (group, case, outcome) with outcome in clear / crash / hang / lost
FAILURES = []

GOOD = """Turkey and Iran agree on observation posts in Idlib

Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Ankara and Tehran had agreed on the
location of new observation posts in Idlib province. "We will keep the ceasefire," he told reporters
in Ankara. Iranian Foreign Minister Mohammad Javad Zarif welcomed the agreement.
"""


def path(*parts):
    p = os.path.join(WORK, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write(p, data):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def good(folder, tag):
    """A good article, unique per run so duplicate detection never hides it."""
    return write(os.path.join(folder, "good-%s.txt" % tag), GOOD + "\nReported by desk %s.\n" % tag)


def run(args, timeout=120, env_extra=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    start = time.time()
    try:
        p = subprocess.run([SB] + args, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.time() - start
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace"), (e.stderr or b"").decode("utf-8", "replace"), timeout


def crashed(out, err):
    text = out + err
    return ("\tat " in text or "Exception in thread" in text or "java.lang.StackOverflowError" in text
            or "java.lang.OutOfMemoryError" in text and "sourcebench:" not in text or "!ENTRY" in text)


def sources(json_path):
    try:
        with open(json_path, encoding="utf-8") as f:
            return {s["file"]: s for s in json.load(f)["sources"]}
    except (OSError, ValueError, KeyError):
        return None


def record(group, case, outcome, detail=""):
    RESULTS.append((group, case, outcome))
    if outcome != "clear":
        FAILURES.append("%s / %s: %s %s" % (group, case, outcome, detail))
        print("FAIL %s / %s: %s %s" % (group, case, outcome, detail), file=sys.stderr)


def check_batch(group, cases, args, expect_exit, good_names, json_path, timeout=120, stdout_json=False):
    """One run over many files: each case passes if it is named on stderr (or, for repaired files, imported)."""
    code, out, err, took = run(args, timeout)
    print("reliability: %s: exit %s in %.1f s" % (group, code, took), file=sys.stderr)
    if code is None:
        for case, _ in cases:
            record(group, case, "hang", "(run exceeded %d s)" % timeout)
        return None, err
    if crashed(out, err):
        for case, _ in cases:
            record(group, case, "crash", "(stack trace or platform log printed)\n" + (out + err)[-3000:])
        return None, err
    if stdout_json:
        try:
            data = json.loads(out)
            got = {s["file"]: s for s in data["sources"]}
        except ValueError:
            for case, _ in cases:
                record(group, case, "crash", "(standard output is not the JSON export)")
            return None, err
    else:
        got = sources(json_path) if json_path else {}
        if out.strip():
            for case, _ in cases:
                record(group, case, "crash", "(unexpected standard output: %r)" % out[:300])
            return None, err
    lost = [g for g in good_names if got is None or g not in got]
    for case, check in cases:
        if code != expect_exit and not (expect_exit is None and code in (0, 1)):
            record(group, case, "crash", "(exit %s, expected %s)\n%s" % (code, expect_exit, err[-2000:]))
        elif lost:
            record(group, case, "lost", "(good file(s) %s not imported)\n%s" % (lost, err[-2000:]))
        else:
            problem = check(err, got)
            record(group, case, "clear" if problem is None else "lost", problem or "")
    return got, err


def named(name, *words):
    """A check: stderr names the file on a 'sourcebench:' line, with all of `words` on that line."""
    def check(err, got):
        for line in err.splitlines():
            if line.startswith("sourcebench:") and name in line and all(w in line for w in words):
                return None
        return "no error line naming %s%s" % (name, " with %s" % (words,) if words else "")
    return check


def imported(name, test=None):
    def check(err, got):
        if name not in got:
            return "%s not imported" % name
        if test is not None:
            return test(got[name], err)
        return None
    return check


# ---------------------------------------------------------------- corpus: article files

def pdf(objects):
    """A PDF from object bodies (bytes), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_with_page(extra):
    stream = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /X " + extra + b" >>",
                b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"])


def docx(parts):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_document(prolog, body):
    return docx({"[Content_Types].xml": CT, "_rels/.rels": RELS, "word/document.xml":
                 '<?xml version="1.0" encoding="UTF-8"?>' + prolog +
                 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
                 + body + '</w:t></w:r></w:p></w:body></w:document>'})


def zip_bomb():
    """A .docx whose document part inflates from ~500 KB to 512 MB of spaces."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(512):
                f.write(chunk)
    return buf.getvalue()


def article_batch():
    folder = path("inbox")
    g = good(folder, "inbox")
    cases = []

    def bad(name, data, *words):
        write(os.path.join(folder, name), data)
        cases.append((name, named(name, *words)))

    bad("deep-array.pdf", pdf_with_page(b"[" * 100000 + b"]" * 100000))
    bad("deep-dictionary.pdf", pdf_with_page(b"<< /A " * 50000 + b"1" + b" >>" * 50000))
    bad("truncated.pdf", pdf_with_page(b"1")[:140])
    bad("not-a-pdf.pdf", os.urandom(2048))
    bad("garbage.txt", os.urandom(4096) + b"\0\0\0binary")
    bad("empty.txt", b"")
    bad("only-space.txt", b" \n\t\n  \n")
    bad("zip-bomb.docx", zip_bomb())
    bad("xxe.docx", docx_document('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"))
    bad("billion-laughs.docx", docx_document('<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                                             '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
                                             '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>', "&f;&f;&f;"))
    bad("not-a-zip.docx", b"PK\x03\x04" + os.urandom(1000))
    bad("traversal.docx", docx({"[Content_Types].xml": CT, "_rels/.rels": RELS, "../../evil.xml": "x",
                                "word/document.xml": "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>"}))
    bad("too-large.txt", ("Damascus said on Monday that talks would go on. " * 30000).encode())  # ~1.4 MB > --max-size 1
    fifo = os.path.join(folder, "pipe.txt")
    os.mkfifo(fifo)
    cases.append(("pipe.txt (FIFO)", named("pipe.txt", "not a regular file")))
    os.symlink("no-such-target.txt", os.path.join(folder, "dangling-link.txt"))
    cases.append(("dangling-link.txt", named("dangling-link.txt")))
    os.symlink("loop-b.txt", os.path.join(folder, "loop-a.txt"))
    os.symlink("loop-a.txt", os.path.join(folder, "loop-b.txt"))
    cases.append(("loop-a.txt (symlink loop)", named("loop-a.txt")))
    return folder, g, cases


def repaired_batch():
    """Files that are text with flaws: imported (exit 0), repaired as documented, the repair reported."""
    folder = path("repaired")
    g = good(folder, "repaired")
    cases = []
    def t(name):
        return "Syria and Russia agree on talks\n\nDamascus said on Monday that the talks with Moscow would resume. " \
            "The %s desk filed this report. " % name.split(".")[0]

    def case(name, data, test):
        write(os.path.join(folder, name), data)
        cases.append((name, imported(name, test)))

    def body_has(*wanted, warn=None):
        def test(src, err):
            missing = [w for w in wanted if w not in src["body"]]
            if missing:
                return "body lacks %r: %r" % (missing, src["body"][:200])
            if warn and not any(src["file"] in l and warn in l for l in err.splitlines()):
                return "no warning '%s' naming %s" % (warn, src["file"])
            return None
        return test

    case("form-feed.txt", (t("form-feed.txt") + "Page one.\fPage two.\vTab\x1b[31mred\x1b[0m end.\n").encode(),
         body_has("Page one.", "Page two.", warn="control character"))
    case("latin1-stray.txt", (t("latin1-stray.txt") + "\u201cWe will keep the ceasefire,\u201d he said. Caf").encode("utf-8") + b"\xe9 closed.\n",
         body_has("\u201cWe will keep the ceasefire,\u201d", warn="UTF-8"))
    case("two-bad-bytes.txt", (t("two-bad-bytes.txt") + "Ankara \u2014 Tehran.").encode("utf-8") + b" \xff\xfe ok.\n",
         body_has("Ankara \u2014 Tehran.", warn="UTF-8"))
    case("nul-bytes.txt", (t("nul-bytes.txt") + "End of report.").encode("utf-8") + b"\0\0\n",
         body_has("Damascus said on Monday", warn="NUL"))
    case("utf16-bom.txt", b"\xff\xfe" + (t("utf16-bom.txt") + "Fin.\n").encode("utf-16-le"), body_has("Damascus said on Monday"))
    case("utf16-no-bom.txt", (t("utf16-no-bom.txt") + "Fin.\n").encode("utf-16-le"), body_has("Damascus said on Monday"))
    case("windows-1252.txt", (t("windows-1252.txt") + "\u201cNo,\u201d said the minister \u2013 firmly.\n").encode("cp1252"),
         body_has("\u201cNo,\u201d said the minister \u2013 firmly."))
    case("crlf.txt", (t("crlf.txt") + "Second line.\n").replace("\n", "\r\n").encode(), body_has("Second line."))
    case("xxe.html", ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><head><title>Talks</title></head>'
                      '<body><p>' + t("xxe.html") + ' &x; </p></body></html>').encode(),
         lambda src, err: "the entity was expanded" if "root:" in src["body"] else None)
    case("formula.txt", (t("formula.txt") + "\n=HYPERLINK(\"http://evil\",\"x\")\n+cmd|' /C calc'!A0\n").encode(),
         body_has("=HYPERLINK"))
    return folder, g, cases


# ---------------------------------------------------------------- corpus: dossiers

def xmi(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sb:Dossier xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0" '
            'xmlns:sb="http://www.sourcebench.org/model/1.0" id="d1" name="x">' + body + '</sb:Dossier>\n')


def damaged_dossiers(valid):
    d = {}
    d["empty.sbx"] = b""
    d["truncated.sbx"] = valid[: len(valid) // 2]
    d["garbage.sbx"] = os.urandom(3000)
    d["doctype-xxe.sbx"] = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + xmi("")[22:]).encode()
    d["billion-laughs.sbx"] = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                               + xmi("").split("?>", 1)[1].replace('name="x"', 'name="&b;"')).encode()
    d["foreign-xml.sbx"] = b'<?xml version="1.0"?><html><body>not a dossier</body></html>'
    d["foreign-model.sbx"] = xmi("").replace("sourcebench.org/model/1.0", "example.org/other").encode()
    d["unknown-feature.sbx"] = xmi('<sources id="s1" noSuchThing="1"/>').encode()
    d["external-href.sbx"] = xmi('<claims id="c1"><speaker href="file:///etc/passwd#x"/></claims>').encode()
    d["binary-huge-count.sbx"] = b"\x89emf\n\r\x1a\n" + b"\x00" * 4 + struct.pack(">i", 0x7FFFFFF0) + os.urandom(118)
    d["text-latin1.sbx"] = xmi('<sources id="s1" title="caf\xe9"/>').encode("latin-1")
    d["two-roots.sbx"] = (xmi("") + xmi("")).encode()
    d["directory.sbx"] = None  # a folder named like a dossier
    return d


# ---------------------------------------------------------------- runs

def hang_batch():
    folder = path("big")
    g = good(folder, "big")
    cases = []
    token = b"x" * (4 << 20)
    write(os.path.join(folder, "one-token.txt"), b"Headline\n\n" + token + b"\n")
    cases.append(("4 MB single token", imported("one-token.txt")))
    sentence = ("Damascus said on Monday that the talks with Moscow would resume and " * 30000).encode()  # ~2 MB line
    write(os.path.join(folder, "one-line.txt"), b"Headline\n\n" + sentence + b"\n")
    cases.append(("2 MB single line", imported("one-line.txt")))
    paragraphs = "".join("<p>Ankara said on day %d that Tehran agreed.</p>" % i for i in range(30000))
    write(os.path.join(folder, "many-paragraphs.html"), "<html><body>%s</body></html>" % paragraphs)
    cases.append(("30k-paragraph HTML", imported("many-paragraphs.html")))
    return folder, g, cases


def main():
    logs_before = set(os.listdir(CONFIG)) if os.path.isdir(CONFIG) else set()
    started = time.time()

    # 1. Hostile and broken article files, all in one folder with one good article: exit 1, each named.
    folder, g, cases = article_batch()
    j = path("out", "inbox.json")
    check_batch("article files", cases, ["analyze", "--max-size", "1", "--dossier", path("out", "inbox.sbx"),
                                         "--json", j, folder], 1, [os.path.basename(g)], j)
    # same folder, JSON on standard output: stdout carries exactly the JSON
    check_batch("article files, --json -", [("stdout is JSON", lambda err, got: None)],
                ["analyze", "--no-extract", "--max-size", "1", "--json", "-", folder], 1, [os.path.basename(g)], None,
                stdout_json=True)

    # 2. Text with flaws: imported, repaired, warned.
    folder, g, cases = repaired_batch()
    j = path("out", "repaired.json")
    x = path("out", "repaired.xlsx")
    got, err = check_batch("text repairs and encodings", cases,
                           ["analyze", "--no-extract", "--dossier", path("out", "repaired.sbx"), "--json", j, "--xlsx", x,
                            folder], 0, [os.path.basename(g)], j)
    if os.path.exists(x):
        with zipfile.ZipFile(x) as z:
            formulas = [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]
        record("text repairs and encodings", "formula-looking text stays text in Excel",
               "clear" if not formulas else "lost", str(formulas))

    # 3. Large inputs under the size limit: bounded time (time limit per file), the rest imported.
    folder, g, cases = hang_batch()
    j = path("out", "big.json")
    check_batch("large inputs", cases, ["analyze", "--time-limit", "10", "--dossier", path("out", "big.sbx"), "--json", j,
                                        folder], None, [os.path.basename(g)], j, timeout=240)

    # 4. Command-line mistakes: exit 2, one line, nothing written.
    for args, words in [(["--max-size", "1e-9"], "--max-size"), (["--max-size", "abc"], "--max-size"),
                        (["--time-limit", "0"], "--time-limit"), (["--no-such-option"], "unknown option"),
                        (["--json"], "needs a value"), (["--dossier", "x.txt"], ".sbx")]:
        code, out, err, took = run(["analyze", path("inbox")] + args, 60)
        name = " ".join(args)
        if code is None:
            record("command line", name, "hang")
        elif crashed(out, err) or code != 2 or words not in err:
            record("command line", name, "crash", "exit %s: %s" % (code, err[-500:]))
        else:
            record("command line", name, "clear")

    # A file name with a newline is one argument.
    nl = write(path("odd", "two\nlines.txt"), GOOD + "\nNewline desk.\n")
    j = path("out", "newline.json")
    code, out, err, took = run(["analyze", "--no-extract", "--json", j, nl], 60)
    got = sources(j) or {}
    record("special files", "file name with a newline", "clear" if code == 0 and "two\nlines.txt" in got else "lost",
           "exit %s: %s" % (code, err[-500:]))

    # Unreadable subfolder (only meaningful when not root: root reads everything).
    if os.geteuid() != 0:
        f2 = path("locked")
        good(f2, "locked")
        write(os.path.join(f2, "secret", "a.txt"), GOOD)
        os.chmod(os.path.join(f2, "secret"), 0)
        j = path("out", "locked.json")
        check_batch("special files", [("unreadable subfolder", named("secret", "permission denied"))],
                    ["analyze", "--no-extract", "--json", j, f2], 1, ["good-locked.txt"], j)
        os.chmod(os.path.join(f2, "secret"), 0o755)

    # 5. Damaged and hostile dossiers: exit 4, named, untouched, no temporary file left.
    base = path("out", "valid.sbx")
    code, _, err, _ = run(["analyze", "--no-extract", "--dossier", base, path("repaired", "good-repaired.txt")], 60)
    valid = open(base, "rb").read() if code == 0 else b""
    g = good(path("dossier-input"), "dossier")
    for name, data in damaged_dossiers(valid).items():
        target = path("dossiers", name)
        if data is None:
            os.makedirs(target, exist_ok=True)
        else:
            write(target, data)
        before = data
        code, out, err, took = run(["analyze", "--no-extract", "--dossier", target, g], 60)
        leftovers = [f for f in os.listdir(os.path.dirname(target)) if f.endswith(".tmp")]
        after = open(target, "rb").read() if data is not None else None
        if code is None:
            record("damaged dossiers", name, "hang")
        elif crashed(out, err) or code != 4 or name not in err:
            record("damaged dossiers", name, "crash", "exit %s: %s" % (code, err[-800:]))
        elif after != before or leftovers:
            record("damaged dossiers", name, "lost", "file changed or temporary files left: %s" % leftovers)
        else:
            record("damaged dossiers", name, "clear")

    # 6. Where outputs go: read-only dossier refused, mode kept, symlink followed, bad output paths.
    out_dir = path("outputs")
    ro = os.path.join(out_dir, "read-only.sbx")
    run(["analyze", "--no-extract", "--dossier", ro, path("repaired", "good-repaired.txt")], 60)
    os.chmod(ro, 0o444)
    before = open(ro, "rb").read()
    code, out, err, _ = run(["analyze", "--no-extract", "--dossier", ro, g], 60)
    record("outputs", "read-only dossier refused",
           "clear" if code == 4 and "read-only" in err and open(ro, "rb").read() == before else "lost",
           "exit %s: %s" % (code, err[-300:]))
    os.chmod(ro, 0o640)
    code, out, err, _ = run(["analyze", "--no-extract", "--dossier", ro, path("inbox", "good-inbox.txt")], 60)
    mode = stat.S_IMODE(os.stat(ro).st_mode)
    record("outputs", "dossier keeps its permissions", "clear" if code == 0 and mode == 0o640 else "lost",
           "exit %s, mode %o" % (code, mode))
    real = os.path.join(out_dir, "real", "linked.sbx")
    os.makedirs(os.path.dirname(real), exist_ok=True)
    run(["analyze", "--no-extract", "--dossier", real, path("repaired", "good-repaired.txt")], 60)
    link = os.path.join(out_dir, "link.sbx")
    os.symlink(real, link)
    code, out, err, _ = run(["analyze", "--no-extract", "--dossier", link, g], 60)
    record("outputs", "dossier through a symlink",
           "clear" if code == 0 and os.path.islink(link) and sources_in(real) == 2 else "lost",
           "exit %s, link kept %s, sources %s: %s" % (code, os.path.islink(link), sources_in(real), err[-300:]))
    os.makedirs(os.path.join(out_dir, "a-folder.json"), exist_ok=True)
    code, out, err, _ = run(["analyze", "--no-extract", "--json", os.path.join(out_dir, "a-folder.json"), g], 60)
    record("outputs", "JSON onto a folder", "clear" if code == 4 and "a-folder.json" in err and not crashed(out, err)
           else "crash", "exit %s: %s" % (code, err[-300:]))

    # 7. kill -9 during saves: the dossier is always the old or the new one, and stale temporaries are cleaned.
    kill_trials(out_dir)
    # 8. Two writers adding to the same dossier: no lost update.
    two_writers(out_dir)

    logs_after = set(os.listdir(CONFIG)) if os.path.isdir(CONFIG) else set()
    new_logs = [f for f in logs_after - logs_before if f.endswith(".log")]
    record("product", "no crash log in configuration/", "clear" if not new_logs else "crash", str(new_logs))
    report(time.time() - started)


def sources_in(dossier):
    """Sources in a dossier file, or None when it is not a whole, well-formed dossier."""
    import xml.etree.ElementTree as ET
    try:
        root = ET.parse(dossier).getroot()
    except (OSError, ET.ParseError):
        return None
    return sum(1 for child in root if child.tag == "sources")


def kill_trials(out_dir):
    folder = path("kill-input")
    for i in range(40):
        good(folder, "kill-%d" % i)
    dossier = os.path.join(out_dir, "killed.sbx")
    run(["analyze", "--no-extract", "--dossier", dossier, path("repaired", "good-repaired.txt")], 60)
    for trial, delay in enumerate([1.5, 2.5, 3.5]):
        before = sources_in(dossier)
        p = subprocess.Popen([SB, "analyze", "--no-extract", "--dossier", dossier, folder],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay + random.random())
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        after = sources_in(dossier)
        ok = after is not None and after in (before, before + 40)
        record("kill -9 during analyze", "trial %d (after %.1f s)" % (trial + 1, delay), "clear" if ok else "lost",
               "sources before %s, after %s" % (before, after))
        if after is not None and after == before + 40:
            break
    # the next save removes temporaries of dead processes
    write(os.path.join(out_dir, ".killed.sbx.999999999-abc.tmp"), b"x" * 1000)
    run(["analyze", "--no-extract", "--dossier", dossier, path("inbox", "good-inbox.txt")], 60)
    stale = [f for f in os.listdir(out_dir) if f.startswith(".killed.sbx.") and f.endswith(".tmp")]
    record("kill -9 during analyze", "stale temporary files removed", "clear" if not stale else "lost", str(stale))


def two_writers(out_dir):
    for trial in range(2):
        dossier = os.path.join(out_dir, "shared-%d.sbx" % trial)
        a, b = path("writer-a-%d" % trial), path("writer-b-%d" % trial)
        for i in range(6):
            good(a, "a%d-%d" % (trial, i))
            good(b, "b%d-%d" % (trial, i))
        procs = [subprocess.Popen([SB, "analyze", "--no-extract", "--dossier", dossier, f],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for f in (a, b)]
        codes = [p.wait(timeout=180) for p in procs]
        n = sources_in(dossier)
        record("two writers", "trial %d" % (trial + 1), "clear" if codes == [0, 0] and n == 12 else "lost",
               "exit codes %s, %s sources (expected 12)" % (codes, n))


def report(seconds):
    groups = []
    for g, _, _ in RESULTS:
        if g not in groups:
            groups.append(g)
    lines = ["| inputs | tried | clear error | crash | hang | lost |", "|---|---|---|---|---|---|"]
    total = [0, 0, 0, 0, 0]
    for g in groups:
        rows = [o for gg, _, o in RESULTS if gg == g]
        counts = [len(rows), rows.count("clear"), rows.count("crash"), rows.count("hang"), rows.count("lost")]
        total = [a + b for a, b in zip(total, counts)]
        lines.append("| %s | %d | %d | %d | %d | %d |" % ((g,) + tuple(counts)))
    lines.append("| **all** | %d | %d | %d | %d | %d |" % tuple(total))
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(WORK, "table.md"), "w") as f:
        f.write(table + "\n")
    print("reliability: %d cases in %.0f s" % (total[0], seconds), file=sys.stderr)
    if FAILURES:
        print("reliability: FAILED\n" + "\n".join(FAILURES), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

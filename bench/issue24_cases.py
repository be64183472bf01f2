"""Issue 24 adversarial cases, as counted in the closing figures: run against a
carnet binary (`python3 bench/issue24_cases.py target/debug/carnet`); prints per
category the cases tried and the failures. Not part of the test suite (it
writes temporary folders under /tmp and bounds each run with a timeout and a
3 GB address-space limit, since older binaries read /dev/zero forever)."""
import os, subprocess, sys, tempfile, sqlite3, resource, json, time
BIN = os.path.abspath(sys.argv[1])
def limits():
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
def run(env, args, extra=None, timeout=8, cwd=None):
    e = {"CARNET_DB": env + "/carnet.db", "CARNET_CONFIG": env + "/config.toml", "HOME": env, "NO_COLOR": "1",
         "TZ": "UTC", "COLUMNS": "100", "CARNET_NOW": "2024-06-30", "PATH": "/usr/bin:/bin"}
    if extra: e.update(extra)
    try:
        p = subprocess.run([BIN] + args, env=e, capture_output=True, timeout=timeout, preexec_fn=limits, cwd=cwd)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
res = {}
def record(cat, fail):
    t = res.setdefault(cat, [0, 0]); t[0] += 1; t[1] += bool(fail)
MADE = []
def fresh():
    d = tempfile.mkdtemp(dir="/tmp")
    MADE.append(d)
    return d
# A. side files
d = fresh()
run(d, ["contact", "add", "--name", "First", "--ref", "A"])
run(d, ["campaign", "create", "c", "--channel", "post", "--segment", "Hibernating"])
held = sqlite3.connect(d + "/carnet.db"); held.execute("select count(*) from contacts").fetchall()
os.makedirs(d + "/sub", exist_ok=True)
names = []
for suf in ["", "-wal", "-shm", "-journal"]:
    names += [f"{d}/carnet.db{suf}", f"{d}/sub/../carnet.db{suf}", f"{d}/./CARNET.DB{suf.upper()}"]
    link = f"{d}/innocent{suf}.db"
    os.symlink(f"{d}/carnet.db{suf}", link); names.append(link)
acked = ["First"]
for i, n in enumerate(names):
    for args in (["backup", n], ["backup", n, "--force"], ["contact", "export", "--out", n, "--force"],
                 ["purchase", "export", "--out", n, "--force"], ["segment", "export", "Hibernating", "--out", n, "--force"],
                 ["campaign", "launch", "c", "--out", n, "--force"]):
        code, _, _ = run(d, args)
        record("data loss: a write onto the db or a side file", code == 0)
    code, _, _ = run(d, ["contact", "add", "--name", f"After {i}"])
    if code == 0: acked.append(f"After {i}")
held.close()
stored = [r[0] for r in sqlite3.connect(d + "/carnet.db").execute("select name from contacts order by id")]
for a in acked:
    record("data loss: an acknowledged write missing afterwards", a not in stored)
for url in ["postgresql://user@host/shop", "postgres://localhost/shop", "mysql://h/db", "file:x.db?mode=rwc"]:
    d = fresh()
    code, _, err = run(d, ["--db", url, "contact", "add", "--name", "X"], cwd=d)
    made = [x for x in os.listdir(d)]
    record("data loss: a --db URL taken for a path", code == 0 or made != [])
# B. phones
spellings = ["+33 (0)6 55 44 33 22", "0033 (0)6 55 44 33 22", "33655443322", "33 6 55 44 33 22", "330655443322",
             "0033655443322", "06 55 44 33 22", "+33 6 55 44 33 22"]
for a in spellings:
    for b in spellings:
        d = fresh()
        run(d, ["consent", "withdraw", a, "--channel", "sms"])
        run(d, ["contact", "add", "--name", "P", "--phone", b])
        run(d, ["segment", "add", "all", "--has", "phone"])
        run(d, ["campaign", "create", "s", "--channel", "sms", "--segment", "all"])
        code, out, _ = run(d, ["campaign", "preview", "s", "--format", "json"])
        ok = code == 0 and "on the suppression list" in out
        record("suppression: a withdrawn number in another spelling reached", not ok)
        code, _, _ = run(d, ["contact", "add", "--name", "Q", "--phone", a])
        record("duplicates: another spelling of a number not caught", code == 0)
# C. seal tampering
def sealed():
    d = fresh()
    run(d, ["contact", "add", "--name", "H", "--email", "h@example.fr", "--phone", "06 12 34 56 78", "--ref", "H"])
    open(d + "/w.txt", "w").write("news by email")
    run(d, ["consent", "grant", "H", "--channel", "email", "--method", "paper-form", "--wording", d + "/w.txt", "--source", "card 12"])
    run(d, ["consent", "withdraw", "06 99 88 77 66", "--channel", "sms"])
    run(d, ["consent", "withdraw", "H", "--channel", "post"])
    run(d, ["consent", "withdraw", "H", "--channel", "phone"])
    run(d, ["segment", "add", "all", "--has", "phone"])
    run(d, ["campaign", "create", "s", "--channel", "sms", "--segment", "all"])
    code, out, err = run(d, ["consent", "verify", "--format", "json"])
    head = None
    try: head = json.loads(out).get("head")
    except Exception: pass
    return d, head
for what, sql in [("key changed", "UPDATE settings SET value='00' WHERE key='suppression_key'"),
                  ("key missing", "DELETE FROM settings WHERE key='suppression_key'"),
                  ("list emptied", "DROP TRIGGER suppressions_no_delete; DELETE FROM suppressions"),
                  ("proof link cleared", "DROP TRIGGER IF EXISTS consent_events_sealed_2; UPDATE consent_events SET proof_id=NULL")]:
    d, head = sealed()
    sqlite3.connect(d + "/carnet.db").executescript(sql)
    code, _, _ = run(d, ["consent", "verify"])
    record("seal: tampering consent verify calls intact", code == 0)
    if what != "proof link cleared":
        code, _, err = run(d, ["campaign", "preview", "s"])
        record("seal: a campaign runs on a tampered suppression list (or exit 255)", code != 1)
for cut in [1, 3, 4]:
    d, head = sealed()
    sqlite3.connect(d + "/carnet.db").executescript(
        f"DROP TRIGGER consent_events_no_delete; DELETE FROM consent_events WHERE id > (SELECT max(id) FROM consent_events) - {cut}")
    code, _, _ = run(d, ["consent", "verify"] + (["--head", head] if head else []))
    record("seal: newest events cut and not detected (with the head witnessed)", code == 0)
# D. bad input
d = fresh(); run(d, ["contact", "add", "--name", "A", "--ref", "A", "--email", "a@example.fr"])
run(d, ["segment", "add", "all", "--has", "email"])
for args in (["contact", "list", "--limit", "9223372036854775808"], ["purchase", "list", "--limit", "9223372036854775808"],
             ["interaction", "list", "--limit", "18446744073709551615"], ["report", "clv", "--customers", "--limit", "99999999999999999999"]):
    code, _, err = run(d, args)
    record("bad input: a huge count not refused in words", code not in (1, 2) or "panicked" in err)
e = fresh()
code, _, err = run(e, ["--db", e + "/d.db", "demo", "--customers", "18446744073709551615"], timeout=20)
record("bad input: a huge count not refused in words", code not in (1, 2) or "panicked" in err)
for dev in ["/dev/null", "/dev/zero"]:
    code, _, err = run(d, ["contact", "list"], extra={"CARNET_DB": dev})
    record("bad input: a device as the database", code != 1 or "not a database" not in err)
os.mkfifo(d + "/pipe")
for f in ["/dev/zero", d + "/pipe"]:
    for args in (["consent", "text", "add", f], ["contact", "import", f], ["consent", "import", f],
                 ["campaign", "create", "c", "--channel", "email", "--segment", "all", "--message", f]):
        code, _, err = run(d, args, timeout=5)
        record("bad input: a special file read without bound or waited on", code != 1)
    code, _, err = run(d, ["contact", "list"], extra={"CARNET_CONFIG": f}, timeout=5)
    record("bad input: a special file read without bound or waited on", code != 1)
for day in ["2025-07-01", "0001-01-01", "9999-12-31"]:
    code, _, _ = run(d, ["purchase", "add", "A", "10", "--date", day])
    record("bad input: an implausible purchase date accepted", code == 0)
    open(d + "/p.csv", "w").write(f"customer_id,date,amount\nA,{day},10\n")
    code, _, _ = run(d, ["purchase", "import", d + "/p.csv"])
    record("bad input: an implausible purchase date accepted", code == 0)
open(d + "/h.csv", "w").write("customer_id,date,amount," + "x" * (1 << 20) + "\nA,2024-06-01,10,y\n")
code, _, err = run(d, ["purchase", "import", d + "/h.csv"])
record("bad input: a 1 MB header cell echoed whole", len(err) > 2000)
for ref in ["'=x", "''+1", "=y"]:
    d2 = fresh(); run(d2, ["contact", "add", "--name", "A", "--ref", "A"])
    run(d2, ["purchase", "add", "A", "10", "--order-ref", ref, "--date", "2024-06-01"])
    run(d2, ["purchase", "export", "--out", d2 + "/p.csv"])
    d3 = fresh(); run(d3, ["contact", "add", "--name", "A", "--ref", "A"])
    run(d3, ["purchase", "import", d2 + "/p.csv"])
    code, out, _ = run(d3, ["purchase", "list", "--format", "json"])
    try: got = json.loads(out)[0]["order_ref"]
    except Exception: got = None
    record("bad input: an order ref changed by export and import", got != ref)
d4 = fresh(); run(d4, ["contact", "add", "--name", "A"])
e = {"CARNET_DB": d4 + "/carnet.db", "CARNET_CONFIG": d4 + "/c.toml", "HOME": d4, "CARNET_NOW": "2024-06-30"}
subprocess.run(["/bin/sh", "-c", 'umask 000; exec "$0" "$@"', BIN, "backup", d4 + "/b/c/x.db"], env=e, capture_output=True)
subprocess.run(["/bin/sh", "-c", 'umask 000; exec "$0" "$@"', BIN, "--db", d4 + "/n/m/x.db", "contact", "add", "--name", "B"], env=e, capture_output=True)
for f in ["b", "b/c", "n", "n/m"]:
    mode = os.stat(d4 + "/" + f).st_mode & 0o777 if os.path.exists(d4 + "/" + f) else 0
    record("bad input: a folder made for personal data not 0700 under umask 000", mode != 0o700)
for k, (n, f) in res.items():
    print(f"{k}\t{n}\t{f}")
import shutil
for d in MADE:
    shutil.rmtree(d, ignore_errors=True)

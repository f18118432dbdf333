#!/usr/bin/env python3
"""The Nanjie station's registers (一标三实) for the demo, loaded through the gateway like any client:
the standard address tree of the 8 communities, a few thousand persons with valid synthetic ID
numbers, Wanyuan's 700 single-family courtyards (90% rented, some rentals never reported), flats
elsewhere, the station's venues with a few inspections, and a dozen WATCH and KEY persons raised
by the two-person rule on the station's own client.

Everything goes through the API so the data is validated, encrypted and audited as real data is.
Seeded: the same run gives the same people. Loading again skips what is there.

Usage: registers.py GATEWAY_URL KEYCLOAK_URL
"""
import datetime
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

GATEWAY, KEYCLOAK = sys.argv[1], sys.argv[2]
REGION = "140502"  # Chengqu, Jincheng: synthetic numbers, never a real person's
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰凤春海燕晓东鹏飞婷雪梅慧斌宇浩然"
OCCUPATIONS = ["个体经营", "店员", "教师", "司机", "务工", "退休", "学生", "厨师", "医生", "快递员", "保安", "自由职业"]
# Community code, Chinese name, centre (latitude, longitude): the station's area, about 3 km across.
COMMUNITIES = [
    ("wanyuan", "万苑社区", 35.492, 112.842),
    ("yihou", "驿后社区", 35.503, 112.852),
    ("fengyang", "凤阳社区", 35.478, 112.850),
    ("community-4", "第四社区", 35.486, 112.860),
    ("community-5", "第五社区", 35.497, 112.862),
    ("community-6", "第六社区", 35.482, 112.838),
    ("community-7", "第七社区", 35.500, 112.838),
    ("community-8", "第八社区", 35.476, 112.862),
]
WANYUAN_STREETS = ["万源街", "万苑东巷", "万苑西巷", "兴华巷", "南关巷", "槐树巷", "前进巷"]

rng = random.Random(20240703)
local = threading.local()


class Tokens:
    """Access tokens live 5 minutes: each is fetched again after 4."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, user, client="fengqiao-frontend"):
        with self.lock:
            token, at = self.cache.get((user, client), (None, 0))
            if token is None or time.time() - at > 240:
                form = {"grant_type": "password", "client_id": client, "username": user, "password": "demo"}
                if client == "fengqiao-station":
                    form["client_secret"] = "fengqiao-station-secret"
                url = urllib.parse.urlsplit(KEYCLOAK)
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                conn.request("POST", "/realms/fengqiao/protocol/openid-connect/token",
                             urllib.parse.urlencode(form), {"Content-Type": "application/x-www-form-urlencoded"})
                answer = conn.getresponse()
                body = json.loads(answer.read())
                conn.close()
                if answer.status != 200:
                    sys.exit(f"no token for {user} ({client}): {body}")
                token, at = body["access_token"], time.time()
                self.cache[(user, client)] = (token, at)
            return token


tokens = Tokens()


def call(method, path, user, body=None, client="fengqiao-frontend", expect=(200, 201)):
    """One request on this thread's kept-alive connection; answers (status, json, headers)."""
    url = urllib.parse.urlsplit(GATEWAY)
    for attempt in range(10):
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        headers = {"Authorization": "Bearer " + tokens.get(user, client), "X-Purpose": "demo-data",
                   "Content-Type": "application/json"}
        try:
            conn.request(method, path, json.dumps(body, ensure_ascii=False).encode() if body is not None else None,
                         headers)
            answer = conn.getresponse()
            data = answer.read()
        except (http.client.HTTPException, OSError):
            conn.close()
            local.conn = None
            time.sleep(1 + attempt)
            continue
        payload = json.loads(data) if data else None
        if answer.status == 429:  # the gateway's rate limit: wait as told, then again
            time.sleep(int(answer.getheader("Retry-After", "1")))
            continue
        if answer.status not in expect:
            sys.exit(f"{method} {path} as {user}: {answer.status} {payload}")
        return answer.status, payload, dict(answer.getheaders())
    sys.exit(f"{method} {path}: the gateway did not answer")


def address(code, level, name, parent=None, community=None, lat=None, lon=None):
    """Adds a node of the address tree, or finds it when an earlier run added it."""
    body = {"code": code, "level": level, "name": name, "parentId": parent, "community": community,
            "latitude": lat, "longitude": lon}
    status, created, _ = call("POST", "/api/addresses", "admin", body, expect=(201, 409))
    if status == 201:
        return created["id"]
    if parent:
        _, children, _ = call("GET", f"/api/addresses/{parent}/children", "admin")
    else:
        _, page, _ = call("GET", "/api/addresses?" + urllib.parse.urlencode({"q": name, "level": level, "size": 100}),
                          "admin")
        children = page["items"]
    return next(a["id"] for a in children if a["code"] == code)


def id_number(used):
    while True:
        first17 = "%s%04d%02d%02d%03d" % (REGION, rng.randint(1945, 2012), rng.randint(1, 12), rng.randint(1, 28),
                                          rng.randint(0, 999))
        if first17 not in used:
            used.add(first17)
            total = sum(int(d) * w for d, w in zip(first17, WEIGHTS))
            return first17 + "10X98765432"[total % 11]


def person_body(used, address_id, household, occupation=None):
    body = {"idNumber": id_number(used), "name": rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2))),
            "phone": "1" + rng.choice("3589") + "%09d" % rng.randint(0, 999_999_999), "householdType": household,
            "addressId": address_id, "occupation": occupation or rng.choice(OCCUPATIONS)}
    if household == "TEMPORARY":
        # Permits run a year; about one in ten has lapsed and waits for renewal.
        since = datetime.date.today() - datetime.timedelta(days=rng.randint(10, 400))
        body["permitFrom"] = since.isoformat()
        body["permitUntil"] = (since + datetime.timedelta(days=365)).isoformat()
    if household != "REGISTERED":
        body["workplace"] = rng.choice(["万苑市场", "驿后商场", "建材城", "物流园", "餐馆"])
    return body


def register(body):
    status, created, headers = call("POST", "/api/residents", "officer", body, expect=(201, 409))
    return created["id"] if status == 201 else headers["Location"].rsplit("/", 1)[1]


def dwelling(address_id, kind, use, owner=None):
    status, created, _ = call("POST", "/api/housing", "officer",
                              {"addressId": address_id, "kind": kind, "use": use, "ownerPersonId": owner},
                              expect=(201, 409))
    return created["id"] if status == 201 else None


def main():
    started = time.time()
    _, report, _ = call("GET", "/api/housing/report?community=wanyuan", "officer")
    if not report or report[0]["dwellings"] < 700:
        load_homes(started)
    load_venues(started)
    load_tiers(started)


def load_homes(started):
    district = address("JC-CQ", "DISTRICT", "城区")
    station = address("JC-CQ-NJ", "STATION", "南街派出所", district)
    used = set()
    homes = []  # (community, address id, kind, rented)
    for code, name, lat, lon in COMMUNITIES:
        community = address("NJ-" + code.upper(), "COMMUNITY", name, station, code, lat, lon)
        grids = [address(f"NJ-{code.upper()}-G{g}", "GRID", f"第{g}网格", community, lat=lat, lon=lon)
                 for g in range(1, 5)]
        if code == "wanyuan":
            # 700 single-family courtyards along seven lanes, 90% rented out.
            for s, street_name in enumerate(WANYUAN_STREETS):
                street = address(f"NJ-WY-S{s + 1}", "STREET", street_name, grids[s % 4])
                for n in range(1, 101):
                    cy = address(f"NJ-WY-S{s + 1}-{n}", "NUMBER", f"{n}号院", street,
                                 lat=round(lat - 0.004 + s * 0.0012, 6), lon=round(lon - 0.004 + n * 0.00008, 6))
                    homes.append((code, cy, "COURTYARD", rng.random() < 0.9))
        else:
            # Two estates of three buildings with ten flats each; about one flat in six rented.
            for e in range(1, 3):
                street = address(f"NJ-{code.upper()}-S{e}", "STREET", f"{name[:2]}{'东西'[e - 1]}路", grids[e])
                estate = address(f"NJ-{code.upper()}-S{e}-N", "NUMBER", f"{e * 8}号小区", street)
                for b in range(1, 4):
                    building = address(f"NJ-{code.upper()}-S{e}-B{b}", "BUILDING", f"{b}号楼", estate,
                                       lat=round(lat + e * 0.001, 6), lon=round(lon + b * 0.001, 6))
                    for room in range(1, 11):
                        flat = address(f"NJ-{code.upper()}-S{e}-B{b}-{room}", "ROOM",
                                       f"{(room + 1) // 2}0{2 - room % 2}室", building)
                        homes.append((code, flat, "FLAT", rng.random() < 0.17))
    print(f"  addresses: {len(homes)} homes in the tree ({time.time() - started:.0f} s)")

    # Each home: its owner, then (when rented) a rental with one to three tenants, 80% reported.
    plans = []
    for community, home, kind, rented in homes:
        owner = person_body(used, home, "REGISTERED")
        tenants = [person_body(used, home, rng.choice(["FLOATING", "TEMPORARY"])) for _ in range(rng.randint(1, 3))] \
            if rented else []
        family = [person_body(used, home, "REGISTERED") for _ in range(0 if rented else rng.randint(0, 2))]
        plans.append((home, kind, rented, owner, tenants, family, rng.random() < 0.8, rng.randint(1, 36)))

    def load_home(plan):
        home, kind, rented, owner, tenants, family, reported, months_ago = plan
        owner_id = register(owner)
        for member in family:
            register(member)
        dwelling_id = dwelling(home, kind, "RENTED_OUT" if rented else "OWN_USE", owner_id)
        if rented and dwelling_id:
            tenant_ids = [register(t) for t in tenants]
            start = time.strftime("%Y-%m-01", time.localtime(time.time() - months_ago * 30 * 86400))
            call("POST", f"/api/housing/{dwelling_id}/rentals", "officer",
                 {"tenantIds": tenant_ids, "startOn": start, "registered": reported})
        return 1 + len(family) + len(tenants)

    with ThreadPoolExecutor(4) as pool:
        persons = sum(pool.map(load_home, plans))
    print(f"  persons: {persons}, dwellings: {len(homes)} ({time.time() - started:.0f} s)")


def load_venues(started):
    _, existing, _ = call("GET", "/api/venues?community=yihou&size=1", "officer")
    if existing["total"] > 0:
        return

    # The station's venues: 15 malls, 36 hotels, 9 bath houses / KTV / dance halls, and shops.
    venues = []
    for i in range(15):
        venues.append((("驿后" if i < 10 else "凤阳") + f"第{i + 1}商场", "MALL", "yihou" if i < 10 else "fengyang"))
    for i in range(36):
        venues.append((f"南街{i + 1}号宾馆", "HOTEL" if i < 20 else "SMALL_HOTEL", COMMUNITIES[i % 8][0]))
    for i, kind in enumerate(["BATH_HOUSE"] * 3 + ["KTV"] * 4 + ["DANCE_HALL"] * 2):
        label = {"BATH_HOUSE": "浴池", "KTV": "KTV", "DANCE_HALL": "舞厅"}[kind]
        venues.append((f"南街{label}{i + 1}", kind, "yihou" if i % 2 else "wanyuan"))
    small = ["SMALL_SHOP", "SMALL_SHOP", "SMALL_SHOP", "SMALL_RESTAURANT", "SMALL_RESTAURANT", "SMALL_BEAUTY_AND_BATH",
             "SMALL_INTERNET_CAFE", "SMALL_CLINIC", "SMALL_SCHOOL", "SMALL_WORKSHOP", "SMALL_ENTERTAINMENT"]
    for community, label, count in [("wanyuan", "万苑", 300), ("yihou", "驿后", 120), ("fengyang", "凤阳", 30)]:
        for i in range(count):
            venues.append((f"{label}门店{i + 1:03d}", rng.choice(small), community))

    def load_venue(venue):
        name, kind, community = venue
        _, created, _ = call("POST", "/api/venues", "officer", {
            "name": name, "kind": kind, "community": community, "licence": "JY%08d" % rng.randint(0, 99_999_999),
            "personInCharge": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "personInChargePhone": "13" + "%09d" % rng.randint(0, 999_999_999),
            "camerasCoverEntrance": rng.random() < 0.7})
        return created["id"]

    with ThreadPoolExecutor(4) as pool:
        venue_ids = list(pool.map(load_venue, venues))
    for venue_id in rng.sample(venue_ids, 40):
        findings = [] if rng.random() < 0.6 else rng.sample(["FIRE", "SECURITY", "LICENCE"], rng.randint(1, 2))
        call("POST", f"/api/venues/{venue_id}/inspections", "officer",
             {"findings": findings, "notes": "例行检查", "rectificationDays": 7})
    print(f"  venues: {len(venues)}, 40 inspected ({time.time() - started:.0f} s)")


def load_tiers(started):
    """A dozen persons raised to WATCH or KEY: an officer proposes, the commander approves."""
    _, approved, _ = call("GET", "/api/residents/tier-proposals?status=APPROVED", "commander",
                          client="fengqiao-station")
    if approved:
        return
    _, page, _ = call("GET", "/api/residents?community=wanyuan&size=100", "officer")
    for i, person in enumerate(rng.sample(page["items"], 12)):
        tier, reason = ("KEY", "PRIOR_RECORD") if i < 4 else ("WATCH", "REPEATED_INCIDENT_INVOLVEMENT")
        _, proposal, _ = call("POST", f"/api/residents/{person['id']}/tier-proposals", "officer",
                              {"tier": tier, "reasons": [reason], "why": "示例数据"}, client="fengqiao-station")
        call("POST", f"/api/residents/tier-proposals/{proposal['id']}/approve", "commander", {"note": "同意"},
             client="fengqiao-station")
    print(f"  tiers: 4 KEY, 8 WATCH ({time.time() - started:.0f} s)")


main()

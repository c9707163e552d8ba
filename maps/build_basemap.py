#!/usr/bin/python3
"""Build maps/basemap.gpkg from the world-atlas 2.0.2 TopoJSON files.

Usage: /usr/bin/python3 build_basemap.py SRC_DIR OUT.gpkg

SRC_DIR is the unpacked npm package (countries-110m.json, land-110m.json,
countries-50m.json, land-50m.json). All geodata is read through GDAL/OGR's
TopoJSON driver; nothing is parsed by hand.

Called by maps/build-basemap.sh, which fetches the package, runs this script
into a temporary file and moves the result into place. This script both
builds OUT.gpkg and then re-opens it to run the sanity checks (exit code != 0
if any check fails).

Antimeridian handling
---------------------
world-atlas stitches shapes across +-180 deg (d3 geoStitch), so a ring may
step from +180 to -180 (Russia/Chukotka, Fiji, ...) or wrap all the way
round a pole (Antarctica). For every ring we
  1. unwrap longitudes (add/subtract 360 whenever consecutive vertices jump
     by more than 180 deg) so the ring is continuous, possibly leaving
     [-180, 180];
  2. if the unwrapped ring is closed, it is an ordinary ring; if its start
     and end are 360 deg apart it encircles a pole and is closed via that
     pole (vertices (lon_end, pole), (lon_start, pole));
  3. cut the resulting area with the boxes [-540,-180], [-180,180],
     [180,540] (OGR Intersection) and shift the outer pieces by -+360.
Which pole a wrapping ring is closed to follows the winding convention
of the data (d3 / shapefile: the interior lies to the right of the direction
of travel; verified: every ordinary exterior ring in these files is
clockwise): travelling east -> the interior is to the south -> south pole.
The polygon is then "exterior area minus hole areas", where polar rings
contribute their pole cap by intersection. A polar ring lying entirely
within POLAR_EPS deg of a pole (the -89.999 deg ring of 50m Antarctica)
would only carve out a sliver around the pole and is dropped.
"""

import math
import os
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

SOURCES = [
    # (output layer, source file, source layer, keep country attributes)
    ("land_110m", "land-110m.json", "land", False),
    ("countries_110m", "countries-110m.json", "countries", True),
    ("land_50m", "land-50m.json", "land", False),
    ("countries_50m", "countries-50m.json", "countries", True),
]

DATA_VERSION = "Natural Earth 4.1.0 via world-atlas 2.0.2"
POLAR_EPS = 0.01  # deg; polar rings closer than this to the pole are dropped
MAX_STEP = 90.0  # deg; max allowed longitude step between ring vertices
POLE_STEP = 10.0  # deg; vertex spacing of the edge added along a pole

WORLD_WKT = "POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))"


def box(xmin, xmax):
    return ogr.CreateGeometryFromWkt(
        "POLYGON (({0} -90, {1} -90, {1} 90, {0} 90, {0} -90))".format(xmin, xmax))


def polygons_of(geom):
    """Yield the Polygon parts of any geometry (flattened, 2D)."""
    if geom is None or geom.IsEmpty():
        return
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t == ogr.wkbPolygon:
        yield geom
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            yield from polygons_of(geom.GetGeometryRef(i))
    # points / lines (degenerate slivers of cuts) are dropped


def to_multipolygon(geom):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polygons_of(geom):
        mp.AddGeometry(p)
    return mp


def ring_geom(pts):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts:
        r.AddPoint_2D(x, y)
    r.CloseRings()
    return r


def poly_from_ring(pts):
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(ring_geom(pts))
    return p


def shifted(poly, dx):
    out = poly.Clone()
    for i in range(out.GetGeometryCount()):
        r = out.GetGeometryRef(i)
        for j in range(r.GetPointCount()):
            r.SetPoint_2D(j, r.GetX(j) + dx, r.GetY(j))
    return out


def unwrap(pts):
    out = [pts[0]]
    off = 0.0
    for (x0, _), (x1, y1) in zip(pts, pts[1:]):
        d = x1 - x0
        if d > 180.0:
            off -= 360.0
        elif d < -180.0:
            off += 360.0
        out.append((x1 + off, y1))
    return out


def normalize(poly):
    """Cut a polygon living in unwrapped longitudes into [-180, 180]."""
    xmin, xmax, _, _ = poly.GetEnvelope()
    if xmin >= -180.0 and xmax <= 180.0:
        return to_multipolygon(poly)
    pieces = ogr.Geometry(ogr.wkbMultiPolygon)
    for k in (-1, 0, 1):
        lo, hi = -180.0 + 360.0 * k, 180.0 + 360.0 * k
        if xmax <= lo or xmin >= hi:
            continue
        # Natural Earth 10m has self-intersecting rings that GEOS refuses to cut.
        cut = (poly if poly.IsValid() else poly.MakeValid()).Intersection(box(lo, hi))
        for p in polygons_of(cut):
            pieces.AddGeometry(shifted(p, -360.0 * k) if k else p)
    # pieces of a pole-closed ring touch along the closing meridian: merge
    return to_multipolygon(pieces.UnionCascaded()) if pieces.GetGeometryCount() > 1 else pieces


def fix_polygon(poly, stats):
    """Return a MultiPolygon in [-180,180] equivalent to the stitched polygon."""
    rings = []
    needs_work = False
    for i in range(poly.GetGeometryCount()):
        pts = [(x, y) for x, y, *_ in poly.GetGeometryRef(i).GetPoints()]
        if len(pts) < 4:
            continue
        u = unwrap(pts)
        span = u[-1][0] - u[0][0]
        xs = [p[0] for p in u]
        if abs(span) < 1e-6:
            kind = "normal"
            if min(xs) < -180.0 or max(xs) > 180.0 or u != pts:
                needs_work = True
        elif abs(abs(span) - 360.0) < 1e-6:
            kind = "polar"
            needs_work = True
        else:
            raise RuntimeError("ring unwraps to an unexpected span of %.6f deg" % span)
        rings.append((i, kind, u, span))

    if not needs_work:
        return to_multipolygon(poly)

    stats["antimeridian_polygons"] += 1
    intersect, subtract = [], []
    for i, kind, u, span in rings:
        if kind == "normal":
            (intersect if i == 0 else subtract).append(normalize(poly_from_ring(u)))
            continue
        if all(abs(y) > 90.0 - POLAR_EPS for _, y in u):
            stats["polar_slivers_dropped"] += 1
            continue
        pole = -90.0 if span > 0 else 90.0  # interior is right of travel
        stats["polar_rings_closed"] += 1
        # close along the pole line, densified so that no edge is longer than
        # POLE_STEP deg (keeps the <= MAX_STEP assertion meaningful and lets
        # the polygon survive reprojection/clipping in the app)
        x0, x1 = u[-1][0], u[0][0]
        n = max(1, int(math.ceil(abs(x1 - x0) / POLE_STEP)))
        closed = u + [(x0 + (x1 - x0) * k / n, pole) for k in range(n + 1)] + [u[0]]
        intersect.append(normalize(poly_from_ring(closed)))

    acc = ogr.CreateGeometryFromWkt(WORLD_WKT) if not intersect else intersect[0]
    for g in intersect[1:]:
        acc = acc.Intersection(g)
    for g in subtract:
        acc = acc.Difference(g)
    return to_multipolygon(acc)


def fix_geometry(geom, stats):
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polygons_of(geom):
        for q in polygons_of(fix_polygon(p, stats)):
            out.AddGeometry(q)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GEOS chatter on invalid input
    try:
        valid = out.IsValid()
    finally:
        gdal.PopErrorHandler()
    if not valid:
        # a few source shapes are invalid already (tiny self-intersections,
        # degenerate rings, e.g. Sudan, North Korea, Novaya Zemlya)
        stats["made_valid"] += 1
        out = to_multipolygon(out.MakeValid())
    return out


def build(src_dir, out_path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(out_path):
        drv.DeleteDataSource(out_path)
    out = drv.CreateDataSource(out_path)

    for lname, fname, sname, is_countries in SOURCES:
        src = gdal.OpenEx(os.path.join(src_dir, fname), gdal.OF_VECTOR | gdal.OF_READONLY,
                          allowed_drivers=["TopoJSON"])
        slyr = src.GetLayerByName(sname)
        if slyr is None:
            raise RuntimeError("%s has no layer %r (layers: %s)" % (
                fname, sname, [src.GetLayer(i).GetName() for i in range(src.GetLayerCount())]))
        sdefn = slyr.GetLayerDefn()
        src_fields = [sdefn.GetFieldDefn(i).GetName() for i in range(sdefn.GetFieldCount())]

        lyr = out.CreateLayer(lname, srs, ogr.wkbMultiPolygon, options=[
            "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES",
            "IDENTIFIER=" + lname,
            "DESCRIPTION=%s %s (%s, %s)" % (
                "Admin-0 countries" if is_countries else "Land",
                lname.rsplit("_", 1)[1], DATA_VERSION, fname)])
        keep = []
        if is_countries:
            if "name" not in src_fields:
                raise RuntimeError("%s/%s has no 'name' field" % (fname, sname))
            for f in ("id", "name"):
                if f in src_fields:
                    lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
                    keep.append(f)
        dfn = lyr.GetLayerDefn()

        stats = dict(antimeridian_polygons=0, polar_rings_closed=0,
                     polar_slivers_dropped=0, made_valid=0)
        lyr.StartTransaction()
        n_in = n_out = 0
        for sf in slyr:
            n_in += 1
            g = sf.GetGeometryRef()
            if g is None or g.IsEmpty():
                continue
            fixed = fix_geometry(g, stats)
            if fixed.IsEmpty():
                continue
            # land: one feature per polygon (lets the spatial index cull);
            # countries: one MultiPolygon per country.
            parts = [fixed] if is_countries else [to_multipolygon(p) for p in polygons_of(fixed)]
            for part in parts:
                f = ogr.Feature(dfn)
                for k in keep:
                    if sf.IsFieldSetAndNotNull(k):
                        f.SetField(k, sf.GetFieldAsString(k))
                f.SetGeometryDirectly(part)
                lyr.CreateFeature(f)
                n_out += 1
        lyr.CommitTransaction()
        print("  %-15s <- %s:%s  %d source features -> %d features; %s" % (
            lname, fname, sname, n_in, n_out,
            ", ".join("%s=%d" % kv for kv in stats.items())))
        src = None
    out = None

    ds = gdal.OpenEx(out_path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("VACUUM")
    ds = None


# ---------------------------------------------------------------- checks

def iter_rings(geom):
    for p in polygons_of(geom):
        for i in range(p.GetGeometryCount()):
            yield p.GetGeometryRef(i)


def check(out_path):
    failures = []

    def expect(cond, msg):
        print("  [%s] %s" % ("ok" if cond else "FAIL", msg))
        if not cond:
            failures.append(msg)

    ds = gdal.OpenEx(out_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    expect(sorted(names) == sorted(s[0] for s in SOURCES), "layers: %s" % ", ".join(names))

    print("  antimeridian / validity check (max lon step %g deg between ring vertices):" % MAX_STEP)
    for lname, *_ in SOURCES:
        lyr = ds.GetLayerByName(lname)
        srs = lyr.GetSpatialRef()
        epsg = srs.GetAuthorityCode(None) if srs else None
        nfeat = nrings = nverts = bad_steps = bad_rings = invalid = out_of_range = 0
        for f in lyr:
            g = f.GetGeometryRef()
            nfeat += 1
            if not g.IsValid():
                invalid += 1
            xmin, xmax, ymin, ymax = g.GetEnvelope()
            if xmin < -180 or xmax > 180 or ymin < -90 or ymax > 90:
                out_of_range += 1
            for r in iter_rings(g):
                pts = r.GetPoints()
                nrings += 1
                nverts += len(pts)
                steps = sum(1 for a, b in zip(pts, pts[1:]) if abs(b[0] - a[0]) > MAX_STEP)
                bad_steps += steps
                bad_rings += 1 if steps else 0
        print("    %-15s EPSG:%s features=%d rings=%d vertices=%d  big-jump rings=%d "
              "(steps=%d) invalid=%d out-of-range=%d" % (
                  lname, epsg, nfeat, nrings, nverts, bad_rings, bad_steps, invalid, out_of_range))
        expect(epsg == "4326", "%s is EPSG:4326" % lname)
        expect(nfeat > 0, "%s has features" % lname)
        expect(bad_rings == 0, "%s: no ring has a lon step > %g deg" % (lname, MAX_STEP))
        expect(invalid == 0, "%s: all geometries valid" % lname)
        expect(out_of_range == 0, "%s: all coordinates within [-180,180]x[-90,90]" % lname)

    def hits(lname, x, y):
        lyr = ds.GetLayerByName(lname)
        pt = ogr.CreateGeometryFromWkt("POINT (%r %r)" % (x, y))
        lyr.SetSpatialFilter(pt)
        res = []
        for f in lyr:
            if f.GetGeometryRef().Intersects(pt):
                res.append(f.GetField("name") if lyr.GetLayerDefn().GetFieldIndex("name") >= 0
                           else "fid %d" % f.GetFID())
        lyr.SetSpatialFilter(None)
        return res

    # (lon, lat, label, country name expected in countries_*, None = water)
    probes = [
        (50.5, 42.0, "Caspian Sea (middle)", None),
        (34.0, 43.0, "Black Sea", None),
        (48.0, 40.5, "inland from Baku", "Azerbaijan"),
        (0.0, -89.9, "South Pole area", "Antarctica"),
        (179.9, -85.0, "Antarctica at +179.9", "Antarctica"),
        (-179.9, -85.0, "Antarctica at -179.9", "Antarctica"),
        (0.0, -60.0, "Southern Ocean (inverted-Antarctica guard)", None),
        (-150.0, -20.0, "South Pacific (stripe guard)", None),
        (0.0, 67.0, "Norwegian Sea (stripe guard)", None),
        (0.0, 88.0, "Arctic Ocean near the pole", None),
        (-30.0, 0.0, "Atlantic", None),
        (178.0, 67.0, "Chukotka west of 180", "Russia"),
        (-175.0, 66.8, "Chukotka east of 180", "Russia"),
        (100.0, 60.0, "Siberia", "Russia"),
    ]
    print("  point probes (land layers must agree; countries must name the country):")
    for x, y, label, country in probes:
        for lname in ("land_110m", "land_50m"):
            h = hits(lname, x, y)
            expect(bool(h) == (country is not None), "%-10s (%g, %g) %s is %s" % (
                lname, x, y, label, "land" if country else "water"))
        for lname in ("countries_110m", "countries_50m"):
            h = hits(lname, x, y)
            expect(h == ([country] if country else []), "%-14s (%g, %g) %s -> %s (got %s)" % (
                lname, x, y, label, country or "no country", h or "none"))

    # Antarctica should span the full width and reach the pole, not be a stripe
    for lname in ("countries_110m", "countries_50m"):
        lyr = ds.GetLayerByName(lname)
        lyr.SetAttributeFilter("name = 'Antarctica'")
        feats = list(lyr)
        lyr.SetAttributeFilter(None)
        ok = len(feats) == 1
        if ok:
            xmin, xmax, ymin, ymax = feats[0].GetGeometryRef().GetEnvelope()
            area = feats[0].GetGeometryRef().GetArea()
            ok = xmin == -180 and xmax == 180 and ymin == -90 and ymax < -60 and area > 360 * 15
            print("    %s Antarctica envelope x[%g,%g] y[%g,%g] area %.0f deg^2" % (
                lname, xmin, xmax, ymin, ymax, area))
        expect(ok, "%s: Antarctica is one feature covering the bottom of the map" % lname)

    ds = None
    if failures:
        print("\n%d CHECK(S) FAILED:" % len(failures), file=sys.stderr)
        for m in failures:
            print("  - " + m, file=sys.stderr)
        return 1
    print("  all checks passed")
    return 0


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    src_dir, out_path = argv[1], argv[2]
    fine = argv[3] if len(argv) == 4 else "50m"
    if fine != "50m":
        # A benchmark basemap: same layer names, so the app draws it as its detailed level.
        SOURCES[2:] = [(layer, source.replace("50m", fine), src_layer, keep)
                       for layer, source, src_layer, keep in SOURCES[2:]]
    print("building %s from %s" % (out_path, src_dir))
    build(src_dir, out_path)
    print("checking %s" % out_path)
    return check(out_path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

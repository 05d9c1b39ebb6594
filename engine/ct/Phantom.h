#pragma once
// ct/Phantom: analytic phantoms with exact parallel-beam line integrals (3D Shepp-Logan ellipsoids rotated about the
// rotation axis), and a simulated raw scan (counts with flats, darks and Poisson noise) for tests, demos and benchmarks.
//
// Geometry convention (the one the CT engine uses):
//  - Object coordinates (x, y) in units of the object radius R (the disc of radius 1); x grows with detector column
//    at angle 0, y grows upwards (towards row 0 of a displayed slice). z is the rotation axis, z = +1 at detector row 0.
//  - A projection at angle θ integrates along the direction (−sin θ, cos θ); the detector coordinate of a point is
//    s = x cos θ + y sin θ. θ grows counter-clockwise seen from +z (the sample turns clockwise under a fixed beam).
//  - Detector column j sits at s = (j − center) / R, center = rotation axis position in pixels (default (cols−1)/2),
//    R = radius in pixels (default cols/2). Slice pixel (r, c) of an n×n slice is at x = (c − (n−1)/2)/R,
//    y = ((n−1)/2 − r)/R. Line integrals are returned in pixel units (density × path length in pixels).
#include <cstdint>
#include <vector>

#include "core/ImageStack.h"
#include "core/Progress.h"

namespace xrs::ct {

struct Ellipsoid {
    double density;     // added inside
    double a, b, c;     // semi-axes along x', y', z (object radii)
    double x0, y0, z0;  // centre
    double phiDeg;      // rotation of x' from x, about z
};

// The 3D Shepp-Logan phantom (Kak & Slaney) with the higher-contrast densities of the "modified" variant.
std::vector<Ellipsoid> sheppLogan3D();

struct ParallelGeometry {
    std::int64_t cols = 256;           // detector width in pixels (odd widths allowed)
    std::int64_t rows = 1;             // detector rows = slices
    double center = -1;                // rotation axis in detector pixels; < 0: (cols − 1)/2
    double radius = -1;                // object radius in pixels; < 0: cols/2
    std::vector<double> anglesDeg;     // projection angles
    double resolvedCenter() const { return center < 0 ? (double(cols) - 1.0) / 2.0 : center; }
    double resolvedRadius() const { return radius < 0 ? double(cols) / 2.0 : radius; }
};

std::vector<double> evenAngles(std::int64_t count, double spanDeg = 180.0);  // i·span/count, endpoint excluded

// Exact projections (angles, rows, cols): row i is the slice at z = 1 − (2i + 1)/rows.
ImageStack projectPhantom(const std::vector<Ellipsoid>& phantom, const ParallelGeometry& geometry,
                          const Progress& progress = {});
// The phantom sampled at pixel centres: (slices = rows, n, n) with the same R and z as projectPhantom.
ImageStack samplePhantom(const std::vector<Ellipsoid>& phantom, std::int64_t rows, std::int64_t n, double radius = -1);

struct ScanSimulation {
    double flatCounts = 20000.0;  // mean counts of the open beam
    double darkCounts = 100.0;    // mean dark current
    double muPerPixel = -1;       // attenuation per pixel of density 1; < 0: 2/cols (transmission ~e^-2 at most)
    bool poisson = true;
    std::int64_t flats = 10, darks = 5;
    std::uint64_t seed = 1;
};

struct SimulatedScan {
    ImageStack projections;  // raw counts (angles, rows, cols)
    ImageStack flats, darks;
    std::vector<double> anglesDeg;
    double muPerPixel = 0;
};
SimulatedScan simulateScan(const std::vector<Ellipsoid>& phantom, const ParallelGeometry& geometry,
                           const ScanSimulation& sim = {}, const Progress& progress = {});

}  // namespace xrs::ct

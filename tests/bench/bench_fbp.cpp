// tests/bench/bench_fbp: speed of our CPU filtered backprojection (engine/ct/Filters.cpp, engine/ct/Backproject.cpp)
// on N×N slices from `angles` parallel-beam projections. Times filtering and backprojection separately and prints
// voxel-updates/s (updates = N² · angles · slices) in total and per core, the filter time, end-to-end seconds per
// slice, and the time a 2048-slice slab would take on this machine at the measured rate. The goal in
// /work/shared/notes/ct.md is ≥ 1.5 G updates/s per core. Reports figures, never asserts.
//
// Cores: the engine's global thread pool is sized to the hardware, so "T threads" means the whole process (pool
// workers and the calling thread) is pinned to T CPUs with sched_setaffinity; the per-core rate is also measured
// with everything pinned to one CPU, which is the true single-core figure (dividing a T-core total by T is not,
// when cores are shared or memory-bound).
//
// Usage: bench_fbp [N=2048] [angles=1800] [slices=1] [--threads T (default: all CPUs)] [--repeat=R (best of R)]
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ct/Backproject.h"
#include "ct/Filters.h"
#include "ct/Phantom.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The CPUs this process may run on at start (respects taskset/cgroups), in order.
std::vector<int> allowedCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    std::vector<int> cpus;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        for (int c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &set)) cpus.push_back(c);
    return cpus;
}

// Pins every thread of the process (pool workers included) to the first `count` of `cpus`. Threads made later
// inherit the caller's mask. Returns the number of CPUs actually used.
int pinProcess(const std::vector<int>& cpus, int count)
{
    count = std::clamp(count, 1, int(cpus.size()));
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < count; ++i) CPU_SET(cpus[std::size_t(i)], &set);
    std::error_code ec;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", ec))
        sched_setaffinity(pid_t(std::atoi(task.path().filename().c_str())), sizeof set, &set);
    sched_setaffinity(0, sizeof set, &set);
    return count;
}

struct Timing {
    double filter = 0, backproject = 0;  // seconds, best of the repeats
};

Timing timeFbp(const xrs::ImageStack& sinogram, int repeat, double& checksum)
{
    Timing best{1e300, 1e300};
    for (int k = 0; k < repeat; ++k) {
        auto t0 = Clock::now();
        const xrs::ImageStack filtered = xrs::ct::filterSinogram(sinogram, xrs::ct::FilterType::RamLak);
        best.filter = std::min(best.filter, seconds(t0));
        t0 = Clock::now();
        const xrs::ImageStack slices = xrs::ct::backproject(filtered, {});
        best.backproject = std::min(best.backproject, seconds(t0));
        checksum += double(slices.at(0, slices.rows() / 2, slices.cols() / 2));  // keeps the work observable
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    std::int64_t n = 2048, angles = 1800, slices = 1;
    int threads = 0, repeat = 1, positional = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a.rfind("--threads=", 0) == 0)
            threads = std::atoi(a.c_str() + 10);
        else if (a.rfind("--repeat=", 0) == 0)
            repeat = std::max(1, std::atoi(a.c_str() + 9));
        else if (a == "-h" || a == "--help") {
            std::puts("usage: bench_fbp [N=2048] [angles=1800] [slices=1] [--threads T] [--repeat=R]");
            return 0;
        } else {
            const std::int64_t v = std::atoll(a.c_str());
            if (positional == 0)
                n = v;
            else if (positional == 1)
                angles = v;
            else
                slices = v;
            ++positional;
        }
    }
    if (n < 8 || angles < 1 || slices < 1) {
        std::fprintf(stderr, "bench_fbp: need N >= 8, angles >= 1, slices >= 1\n");
        return 2;
    }
    try {
        const std::vector<int> cpus = allowedCpus();
        const int all = std::max(1, int(cpus.size()));
        if (threads <= 0) threads = all;

        // Exact Shepp-Logan line integrals: realistic values; the speed does not depend on them.
        xrs::ct::ParallelGeometry geometry;
        geometry.cols = n;
        geometry.rows = slices;
        geometry.anglesDeg = xrs::ct::evenAngles(angles);
        auto t0 = Clock::now();
        const xrs::ImageStack sinogram = xrs::ct::projectPhantom(xrs::ct::sheppLogan3D(), geometry);
        const double projectSeconds = seconds(t0);

        const double updates = double(n) * double(n) * double(angles) * double(slices);
        std::printf(
            "bench_fbp: %lld slice(s) of %lld² from %lld projections (%.2f G voxel-updates per run), Ram-Lak, "
            "best of %d; %d CPU(s) allowed (hardware_concurrency-sized pool)\n",
            static_cast<long long>(slices), static_cast<long long>(n), static_cast<long long>(angles), updates / 1e9,
            repeat, all);
        std::printf("(sinogram from projectPhantom in %.2f s, not counted)\n", projectSeconds);

        double checksum = 0;
        struct Run {
            int cores;
            Timing t;
        };
        std::vector<Run> runs;
        // One pinned CPU first: the true per-core rate. Then the requested thread count (when it differs).
        runs.push_back({pinProcess(cpus, 1), timeFbp(sinogram, repeat, checksum)});
        if (threads > 1) {
            const int used = pinProcess(cpus, threads);
            runs.push_back({used, timeFbp(sinogram, repeat, checksum)});
        }
        pinProcess(cpus, all);

        std::printf("\n%-6s %10s %12s %12s %14s %13s %14s %15s\n", "cores", "filter s", "backproj s", "G upd/s",
                    "G upd/s/core", "s per slice", "2048 slices s", "2048 slices min");
        for (const Run& r : runs) {
            const double rate = updates / r.t.backproject / 1e9;
            const double perSlice = (r.t.filter + r.t.backproject) / double(slices);
            // The slab: 2048 slices of this N² and angle count, at the measured per-slice cost.
            const double slab = perSlice * 2048.0;
            std::printf("%-6d %10.3f %12.3f %12.3f %14.3f %13.3f %14.1f %15.1f\n", r.cores, r.t.filter, r.t.backproject,
                        rate, rate / r.cores, perSlice, slab, slab / 60.0);
        }
        const double perCore = updates / runs.front().t.backproject / 1e9;
        std::printf(
            "\nper-core backprojection goal (>= 1.5 G updates/s, notes/ct.md): %s (%.2f G/s on one pinned CPU)\n",
            perCore >= 1.5 ? "met" : "NOT met", perCore);
        std::printf(
            "(filter s / backproj s: whole run of %lld slice(s); end-to-end = filter + backprojection, no I/O;\n"
            " 2048-slice figures extrapolate the per-slice cost linearly. On a shared machine these are upper "
            "bounds.)\n",
            static_cast<long long>(slices));
        if (checksum == -12345.0) std::puts("");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_fbp: %s\n", e.what());
        return 1;
    }
    return 0;
}

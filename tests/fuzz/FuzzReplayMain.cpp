// tests/fuzz/FuzzReplayMain: a driver for libFuzzer targets without libFuzzer (g++ builds). Runs every seed in the
// corpus folder, then a fixed number of deterministic mutations of them (byte flips, interesting values, truncation,
// chunk duplication, random inserts). A crash or an unexpected exception fails the test; the same inputs run every time.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
struct Rng {
    std::uint64_t s;
    std::uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    std::size_t below(std::size_t n) { return n ? std::size_t(next() % n) : 0; }
};

void mutate(std::vector<std::uint8_t>& d, Rng& rng)
{
    static constexpr std::uint8_t interesting[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x10, 0x40};
    const int edits = 1 + int(rng.below(4));
    for (int e = 0; e < edits && !d.empty(); ++e) {
        switch (rng.below(6)) {
        case 0: d[rng.below(d.size())] ^= std::uint8_t(1u << rng.below(8)); break;
        case 1: d[rng.below(d.size())] = interesting[rng.below(std::size(interesting))]; break;
        case 2: d.resize(rng.below(d.size())); break;
        case 3: {  // overwrite 4 bytes (offsets and counts are 2–8 bytes wide)
            const std::size_t at = rng.below(d.size());
            for (std::size_t i = at; i < std::min(d.size(), at + 4); ++i) d[i] = std::uint8_t(rng.next());
            break;
        }
        case 4: {  // duplicate a chunk
            const std::size_t at = rng.below(d.size()), len = std::min<std::size_t>(d.size() - at, 1 + rng.below(64));
            std::vector<std::uint8_t> chunk(d.begin() + std::ptrdiff_t(at), d.begin() + std::ptrdiff_t(at + len));
            d.insert(d.begin() + std::ptrdiff_t(rng.below(d.size())), chunk.begin(), chunk.end());
            break;
        }
        default: d.insert(d.begin() + std::ptrdiff_t(rng.below(d.size())), std::uint8_t(rng.next())); break;
        }
    }
}
}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [--mutations N]\n", argv[0]);
        return 2;
    }
    std::size_t mutations = 1000;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--mutations") == 0) mutations = std::stoul(argv[i + 1]);

    std::vector<std::vector<std::uint8_t>> seeds;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(argv[1]))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(seeds.back().data(), seeds.back().size());
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seed files in %s\n", argv[1]);
        return 1;
    }
    Rng rng{0x9E3779B97F4A7C15ull};
    for (std::size_t i = 0; i < mutations; ++i) {
        auto input = seeds[rng.below(seeds.size())];
        mutate(input, rng);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("%zu seeds and %zu mutated inputs ran without a crash\n", seeds.size(), mutations);
    return 0;
}

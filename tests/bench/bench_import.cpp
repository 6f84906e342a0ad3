// Times the structure read of `lightning import` (zip directory, slide list, every slide, its
// notes and relationships, metadata) on the files given, best of five runs each, in ms: the goal
// is under 200 ms for a 50 MB PPTX. usage: bench_import FILE.pptx|FILE.odp...
#include <algorithm>
#include <cstdio>
#include <string>

#include "core/import/import_source.hpp"
#include "core/import/odp_reader.hpp"
#include "core/import/pptx_reader.hpp"
#include "core/import/zip_archive.hpp"
#include "core/time/clock.hpp"

int main(int argc, char** argv) {
    const lightning::SteadyClock clock;
    for (int i = 1; i < argc; ++i) {
        const std::string file = argv[i];
        const bool odp = lightning::source_kind(file) == lightning::SourceKind::Odp;
        double best = 1e300;
        size_t slides = 0;
        for (int run = 0; run < 5; ++run) {
            const auto start = clock.now();
            const lightning::ZipArchive archive(file);
            const auto talk = odp ? lightning::read_odp(archive) : lightning::read_pptx(archive);
            slides = talk.slides.size();
            best = std::min(best, static_cast<double>((clock.now() - start).count()) / 1000.0);
        }
        std::printf("import structure %-40s %6zu slides %8.1f ms (best of 5)\n", file.c_str(),
                    slides, best);
    }
    return 0;
}

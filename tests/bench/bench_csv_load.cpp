// CSV load benchmark: data::read_table on a numeric CSV (1,000,000 x 20 by default, 10,000 rows with --smoke),
// generated once with a fixed seed unless --file names an existing one. Prints seconds and peak RSS; with --json
// one JSON line (used by csv_vs_pandas.sh, which runs pandas.read_csv on the same file).
//
// usage: bench_csv_load [--smoke] [--rows N] [--cols C] [--file PATH] [--generate-only] [--threads T]
//                       [--repeat R] [--json]
#include "engine/data/readers.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <random>
#include <string>
#include <sys/resource.h>

namespace {

void generate(const std::string& path, std::size_t rows, std::size_t cols)
{
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "error: cannot write %s\n", path.c_str());
        std::exit(2);
    }
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal(0.0, 100.0);
    std::string line;
    for (std::size_t j = 0; j < cols; ++j)
        line += fmt::format("{}f{}", j ? "," : "", j);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), out);
    char buf[64];
    for (std::size_t r = 0; r < rows; ++r) {
        line.clear();
        for (std::size_t j = 0; j < cols; ++j) {
            if (j)
                line += ',';
            // Six significant digits, like a typical exported measurement.
            auto end = std::to_chars(buf, buf + sizeof buf, normal(rng), std::chars_format::general, 6).ptr;
            line.append(buf, end);
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), out);
    }
    std::fclose(out);
}

double peak_rss_mib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t rows = 1000000, cols = 20;
    int threads = 0, repeat = 1;
    std::string file;
    bool generate_only = false, json = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "error: %s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--smoke")
            rows = 10000;
        else if (a == "--rows")
            rows = std::stoul(next());
        else if (a == "--cols")
            cols = std::stoul(next());
        else if (a == "--file")
            file = next();
        else if (a == "--threads")
            threads = std::stoi(next());
        else if (a == "--repeat")
            repeat = std::max(1, std::stoi(next()));
        else if (a == "--generate-only")
            generate_only = true;
        else if (a == "--json")
            json = true;
        else {
            std::fprintf(stderr, "error: unknown argument %s\n", a.c_str());
            return 2;
        }
    }
    if (file.empty())
        file = (std::filesystem::temp_directory_path() / fmt::format("tern_bench_{}x{}.csv", rows, cols)).string();
    if (!std::filesystem::exists(file))
        generate(file, rows, cols);
    if (generate_only) {
        std::printf("%s\n", file.c_str());
        return 0;
    }

    tern::data::ReadOptions options;
    options.threads = threads;
    double best = 1e300;
    std::size_t got_rows = 0, got_cols = 0;
    for (int k = 0; k < repeat; ++k) {
        auto t0 = std::chrono::steady_clock::now();
        tern::data::Table table = tern::data::read_table(file, options);
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        best = std::min(best, s);
        got_rows = table.rows();
        got_cols = table.cols();
    }
    if (json)
        std::printf("{\"rows\": %zu, \"cols\": %zu, \"seconds\": %.4f, \"peak_rss_mib\": %.1f}\n", got_rows, got_cols,
                    best, peak_rss_mib());
    else
        std::printf("rows %zu  cols %zu  read_table %.3f s (best of %d)  peak RSS %.1f MiB  file %s\n", got_rows,
                    got_cols, best, repeat, peak_rss_mib(), file.c_str());
    return got_rows > 0 ? 0 : 1;
}

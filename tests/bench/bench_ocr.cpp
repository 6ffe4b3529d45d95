// OCR throughput: reads image files/folders with N workers and prints images/s (or the results as JSON, as
// `tern-cli ocr --json` does). `--smoke` renders a small label itself and reads it once.
// Usage: bench_ocr [--smoke] [--threads N] [--json] PATH...  |  bench_ocr --blocks IMAGE OUT.png   (set
// OMP_THREAD_LIMIT=1 OMP_NUM_THREADS=1)
#include "engine/ocr/batch.h"
#include "engine/ocr/image_io.h"
#include "engine/ocr/regions.h"
#include "engine/ocr/result_json.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    int threads = 2;
    bool json = false, smoke = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--blocks") && i + 2 < argc) { // debugging aid: draw the text blocks
            const cv::Mat gray = tern::ocr::load_gray(argv[i + 1]);
            cv::Mat out;
            cv::cvtColor(gray, out, cv::COLOR_GRAY2BGR);
            for (const auto& b : tern::ocr::find_text_blocks(gray)) {
                cv::rectangle(out, b.box, cv::Scalar(0, 0, 255), 2);
                std::printf("%d %d %d %d glyphs %d size %.0f\n", b.box.x, b.box.y, b.box.width, b.box.height, b.glyphs,
                            b.glyph_px);
            }
            cv::imwrite(argv[i + 2], out);
            return 0;
        } else if (!std::strcmp(argv[i], "--smoke"))
            smoke = true;
        else
            paths.emplace_back(argv[i]);
    }
    if (smoke) {
        cv::Mat img(120, 520, CV_8UC3, cv::Scalar(240, 240, 240));
        cv::putText(img, "NET WT 250 g", cv::Point(20, 80), cv::FONT_HERSHEY_DUPLEX, 1.5, cv::Scalar(20, 20, 20), 2);
        cv::rotate(img, img, cv::ROTATE_180);
        const std::string path = (std::filesystem::temp_directory_path() / "tern_bench_ocr_smoke.png").string();
        cv::imwrite(path, img);
        paths = {path};
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: bench_ocr [--smoke] [--threads N] [--json] PATH...\n");
        return 2;
    }
    tern::ocr::BatchOptions opt;
    opt.threads = threads;
    std::size_t n = 0, failed = 0;
    bool first = true;
    const auto t0 = std::chrono::steady_clock::now();
    if (json)
        std::cout << "[";
    tern::ocr::run_batch(paths, opt, {}, [&](std::size_t, tern::ocr::OcrResult&& r) {
        ++n;
        failed += r.ok() ? 0 : 1;
        if (json) {
            std::cout << (first ? "\n" : ",\n") << tern::ocr::to_json(r).dump();
            first = false;
        }
    });
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (json)
        std::cout << "\n]\n";
    else
        std::printf("%zu images (%zu failed), %d workers: %.2f s, %.2f images/s\n", n, failed, threads, s, n / s);
    return n > failed ? 0 : 1;
}

#include "app/cli/ocr_listing.h"

#include <cstdio>
#include <iostream>

namespace tern::cli {

void print_ocr_listing(const ocr::OcrResult& r)
{
    if (!r.ok()) {
        std::cout << r.file << ": error: " << r.error << "\n\n";
        return;
    }
    std::printf("%s  [orientation %s, confidence %.1f, %.0f ms]\n", r.file.c_str(), ocr::orientation_name(r.orientation),
                r.mean_conf, r.ms);
    std::fflush(stdout);
    std::cout << "  " << (r.text.empty() ? "(no text)" : r.text) << '\n';
    if (!r.attributes.empty())
        std::cout << "  attributes: " << r.attributes.dump() << '\n';
    std::cout << '\n';
}

}  // namespace tern::cli

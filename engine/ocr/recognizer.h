// One Tesseract LSTM engine (TessBaseAPI, "eng", OEM_LSTM_ONLY), initialised once and reused for every reading.
// Not thread-safe: each worker thread owns one Recognizer. Keep Tesseract's OpenMP off (OMP_THREAD_LIMIT=1).
#pragma once

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace tesseract {
class TessBaseAPI;
}

namespace tern::ocr {

struct ViewWord {
    std::string text;
    float conf = 0;
    cv::Rect box; // in the pixels of the image that was read
    bool line_start = false;
};

struct Reading {
    std::vector<ViewWord> words;
    double mean_conf = 0;     // mean word confidence weighted by word length
    int chars = 0;            // non-space characters read
    std::string text() const; // words joined by one space
};

// Tesseract page segmentation modes the pipeline uses.
enum class Psm { Auto = 3, Block = 6, Line = 7, Word = 8, Sparse = 11 };

class Recognizer {
  public:
    // Throws tern::WorkError if the "eng" model cannot be loaded (tesseract-ocr-eng not installed).
    Recognizer();
    ~Recognizer();
    Recognizer(const Recognizer&) = delete;
    Recognizer& operator=(const Recognizer&) = delete;

    // Reads an 8-bit gray image (dark text on light). Words Tesseract could not decode are dropped.
    Reading read(const cv::Mat& gray, Psm psm);

  private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace tern::ocr

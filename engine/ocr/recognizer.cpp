// Recognition through the Tesseract C++ API: SetImage on the gray buffer, Recognize, walk words with their boxes.
#include "engine/ocr/recognizer.h"

#include "engine/core/error.h"

#include <cctype>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace tern::ocr {

std::string Reading::text() const
{
    std::string t;
    for (const auto& w : words) {
        if (!t.empty())
            t += ' ';
        t += w.text;
    }
    return t;
}

Recognizer::Recognizer() : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    if (m_api->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0)
        throw WorkError("cannot load the Tesseract 'eng' model (is tesseract-ocr-eng installed?)");
    // Polarity is normalised before recognition, so Tesseract's own inverted re-read only costs time.
    m_api->SetVariable("tessedit_do_invert", "0");
    // Keep stderr clean ("Empty page!!", resolution estimates): the pipeline judges readings by confidence.
    m_api->SetVariable("debug_file", "/dev/null");
    // Leptonica's own complaints ("Error in boxClipToRectangle: box outside rectangle") are about boxes Tesseract
    // probes and drops; on a successful read they only alarm the user.
    setMsgSeverity(L_SEVERITY_NONE);
}

Recognizer::~Recognizer()
{
    if (m_api)
        m_api->End();
}

Reading Recognizer::read(const cv::Mat& gray, Psm psm)
{
    CV_Assert(gray.type() == CV_8UC1);
    Reading r;
    if (gray.cols < 4 || gray.rows < 4)
        return r;
    m_api->SetPageSegMode(static_cast<tesseract::PageSegMode>(psm));
    m_api->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
    m_api->SetSourceResolution(300);
    if (m_api->Recognize(nullptr) != 0)
        return r;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return r;
    double weighted = 0;
    int weight = 0;
    do {
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        std::unique_ptr<char[]> txt(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!txt)
            continue;
        std::string s;
        for (const char* p = txt.get(); *p; ++p)
            if (!std::isspace(static_cast<unsigned char>(*p)))
                s += *p;
        if (s.empty())
            continue;
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1);
        ViewWord w{s, it->Confidence(tesseract::RIL_WORD), cv::Rect(x0, y0, x1 - x0, y1 - y0),
                   it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)};
        const int len = static_cast<int>(s.size());
        weighted += static_cast<double>(w.conf) * len;
        weight += len;
        r.chars += len;
        r.words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
    r.mean_conf = weight > 0 ? weighted / weight : 0.0;
    m_api->Clear();
    return r;
}

} // namespace tern::ocr

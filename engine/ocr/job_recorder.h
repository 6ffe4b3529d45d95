// Keeps an OCR job and each image's result in the run store (tern-cli ocr and the OCR page share it). A store
// failure never loses an OCR result: it is reported once through `warning()` and storing stops for this job.
#pragma once

#include "engine/ocr/types.h"
#include "engine/store/records.h"
#include "engine/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace tern::ocr {

class JobRecorder {
  public:
    JobRecorder(const std::string& database, const std::vector<std::string>& sources, int threads);

    void add(const OcrResult& result);
    void finish(const std::string& status, const std::string& error = ""); // finished | cancelled | failed

    bool storing() const { return m_store.has_value(); }
    std::int64_t job_id() const { return m_job.id; }
    const std::string& warning() const { return m_warning; } // empty, or the first store failure

  private:
    void fail(const std::exception& e);

    std::optional<store::Store> m_store;
    store::OcrJobRecord m_job;
    std::string m_warning;
};

} // namespace tern::ocr

// Store writes of an OCR job: one row for the job, one transaction per image.
#include "engine/ocr/job_recorder.h"

#include "engine/ocr/result_json.h"

namespace tern::ocr {

JobRecorder::JobRecorder(const std::string& database, const std::vector<std::string>& sources, int threads)
{
    try {
        m_store.emplace(store::Store::open(database));
        m_job.status = "running";
        m_job.sources = sources;
        m_job.options = {{"threads", threads}};
        m_store->create_ocr_job(m_job);
    } catch (const std::exception& e) {
        fail(e);
    }
}

void JobRecorder::add(const OcrResult& r)
{
    ++m_job.image_count;
    if (!m_store)
        return;
    try {
        store::OcrResultRecord rec = to_record(r, m_job.id);
        m_store->add_ocr_result(rec);
    } catch (const std::exception& e) {
        fail(e);
    }
}

void JobRecorder::finish(const std::string& status, const std::string& error)
{
    if (!m_store)
        return;
    try {
        m_job.status = status;
        m_job.error = error;
        m_job.finished_at = store::now_utc_iso8601();
        m_store->update_ocr_job(m_job);
    } catch (const std::exception& e) {
        fail(e);
    }
}

void JobRecorder::fail(const std::exception& e)
{
    if (m_warning.empty())
        m_warning = std::string("OCR results not stored: ") + e.what();
    // The job's row may still say running (the store is locked, or full): in this process it is over.
    if (m_store && m_job.id > 0 && m_job.status == "running")
        m_store->abandon_ocr_job(m_job.id);
    m_store.reset();
}

} // namespace tern::ocr

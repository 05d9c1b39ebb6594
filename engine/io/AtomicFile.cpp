#include "io/AtomicFile.h"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <fstream>
#include <system_error>

#include "core/Error.h"

namespace xrs::io {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target))
{
    static std::atomic<unsigned> counter{0};
    const fs::path dir = m_target.has_parent_path() ? m_target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(m_target, {}, "the folder " + dir.string() + " does not exist");
    // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on "." + std::string&&.
    std::string name(1, '.');
    name += m_target.filename().string();
    name += ".part-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    m_temp = dir / name;
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        std::error_code ec;
        fs::remove(m_temp, ec);
    }
}

void AtomicFile::commit()
{
    std::error_code ec;
    fs::rename(m_temp, m_target, ec);
    if (ec) throw Error(m_target, {}, "could not move the finished file into place: " + ec.message());
    m_committed = true;
}

void writeTextAtomically(const fs::path& target, std::string_view text)
{
    AtomicFile file(target);
    {
        std::ofstream out(file.tempPath(), std::ios::binary);
        out.write(text.data(), std::streamsize(text.size()));
        out.flush();
        if (!out) throw Error(target, {}, "could not write the file (disk full or no permission?)");
    }
    file.commit();
}

bool naturalLess(const std::string& a, const std::string& b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
        if (da && db) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
            while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
            // Compare numbers without leading zeros by length, then digits.
            std::size_t is = i, js = j;
            while (is + 1 < ie && a[is] == '0') ++is;
            while (js + 1 < je && b[js] == '0') ++js;
            if (ie - is != je - js) return ie - is < je - js;
            if (int c = a.compare(is, ie - is, b, js, je - js); c != 0) return c < 0;
            if (ie - i != je - j) return ie - i < je - j;  // fewer leading zeros first
            i = ie;
            j = je;
        } else {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

}  // namespace xrs::io

#pragma once
// remote/ssh/Sha256: incremental SHA-256 for transfer verification, on OpenSSL's libcrypto (already linked by
// libssh). QCryptographicHash in Qt 6.4 computes SHA-256 in portable C at ~30–60 MB/s, which would make verifying
// a 256 MiB transfer take longer than the transfer; libcrypto uses the CPU's SHA instructions (> 1 GB/s).
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace xrs::remote {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView data);
    // Lower-case hex of the digest; ends the computation.
    QString hex();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace xrs::remote

// remote/ssh/Sha256: EVP digest context wrapper.
#include "Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace xrs::remote {

struct Sha256::Impl {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    if (!m_impl->ctx || EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256: OpenSSL digest unavailable");
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_impl->ctx, data.data(), size_t(data.size()));
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_impl->ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

}  // namespace xrs::remote

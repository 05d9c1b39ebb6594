#pragma once
// remote/ssh/Keyring: optional storage of SSH passwords in the OS keyring (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) through qtkeychain — only when the person asked for it, never in our own files. Without
// qtkeychain at build time these are no-ops. Blocking (waits on a local event loop); call from a worker thread.
#include <QString>

#include <optional>

namespace xrs::remote {

bool keyringAvailable();
// The password stored for `account` ("user@host:port") under `service`, if any.
std::optional<QString> readKeyringPassword(const QString& service, const QString& account);
// Returns false when it could not be stored (no keyring, locked, refused).
bool storeKeyringPassword(const QString& service, const QString& account, const QString& password);
bool forgetKeyringPassword(const QString& service, const QString& account);

}  // namespace xrs::remote

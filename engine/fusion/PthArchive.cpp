// fusion/PthArchive: torch.save zip archives → an object tree with tensors (pickle protocol 2–5 subset).
#include "fusion/PthArchive.h"

#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>

#include "core/Error.h"

namespace xrs::fusion {

PyPtr PyValue::get(const std::string& key) const
{
    for (const auto& [k, v] : entries)
        if (k && k->kind == Kind::Str && k->s == key) return v;
    return nullptr;
}

namespace {

PyPtr make(PyValue::Kind kind)
{
    auto p = std::make_shared<PyValue>();
    p->kind = kind;
    return p;
}

std::optional<at::ScalarType> storageType(const std::string& name)
{
    static const std::map<std::string, at::ScalarType> types{
        {"torch.FloatStorage", at::kFloat}, {"torch.DoubleStorage", at::kDouble},
        {"torch.HalfStorage", at::kHalf},   {"torch.BFloat16Storage", at::kBFloat16},
        {"torch.LongStorage", at::kLong},   {"torch.IntStorage", at::kInt},
        {"torch.ShortStorage", at::kShort}, {"torch.CharStorage", at::kChar},
        {"torch.ByteStorage", at::kByte},   {"torch.BoolStorage", at::kBool}};
    const auto it = types.find(name);
    if (it == types.end()) return std::nullopt;
    return it->second;
}

class Machine {
public:
    Machine(const std::filesystem::path& file, caffe2::serialize::PyTorchStreamReader& zip, const char* data,
            std::size_t size)
        : m_file(file), m_zip(zip), m_p(data), m_end(data + size)
    {
    }

    PyPtr run()
    {
        for (;;) {
            const auto op = std::uint8_t(byte());
            switch (op) {
                case 0x80:
                    byte();
                    break;  // PROTO
                case 0x95:
                    take(8);
                    break;  // FRAME
                case '(':
                    m_marks.push_back(m_stack.size());
                    break;
                case '.':
                    return pop();  // STOP
                case 'N':
                    m_stack.push_back(make(PyValue::Kind::None));
                    break;
                case 0x88:
                case 0x89: {
                    auto v = make(PyValue::Kind::Bool);
                    v->b = op == 0x88;
                    m_stack.push_back(v);
                    break;
                }
                case 'J':
                    pushInt(std::int32_t(le(4)));
                    break;
                case 'K':
                    pushInt(std::int64_t(le(1)));
                    break;
                case 'M':
                    pushInt(std::int64_t(le(2)));
                    break;
                case 0x8a: {  // LONG1: little-endian two's complement
                    const auto n = std::size_t(le(1));
                    if (n > 8) fail("integer too large");
                    std::uint64_t v = le(n);
                    if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~std::uint64_t(0) << (8 * n);
                    pushInt(std::int64_t(v));
                    break;
                }
                case 'G': {
                    std::uint64_t bits = 0;
                    for (int k = 0; k < 8; ++k) bits = (bits << 8) | std::uint8_t(byte());
                    auto v = make(PyValue::Kind::Float);
                    v->f = std::bit_cast<double>(bits);
                    m_stack.push_back(v);
                    break;
                }
                case 'X':
                    pushStr(std::size_t(le(4)));
                    break;
                case 0x8c:
                    pushStr(std::size_t(le(1)));
                    break;
                case 0x8d:
                    pushStr(std::size_t(le(8)));
                    break;
                case 'c': {
                    auto g = make(PyValue::Kind::Global);
                    const auto module = line();
                    g->s = module + "." + line();
                    m_stack.push_back(g);
                    break;
                }
                case 0x93: {  // STACK_GLOBAL
                    const auto name = pop();
                    const auto module = pop();
                    auto g = make(PyValue::Kind::Global);
                    g->s = module->s + "." + name->s;
                    m_stack.push_back(g);
                    break;
                }
                case '}':
                    m_stack.push_back(make(PyValue::Kind::Dict));
                    break;
                case ']':
                    m_stack.push_back(make(PyValue::Kind::List));
                    break;
                case ')':
                    m_stack.push_back(make(PyValue::Kind::Tuple));
                    break;
                case 't': {
                    auto t = make(PyValue::Kind::Tuple);
                    t->items = popToMark();
                    m_stack.push_back(t);
                    break;
                }
                case 0x85:
                case 0x86:
                case 0x87: {
                    auto t = make(PyValue::Kind::Tuple);
                    t->items.resize(std::size_t(op - 0x84));
                    for (auto k = t->items.size(); k-- > 0;) t->items[k] = pop();
                    m_stack.push_back(t);
                    break;
                }
                case 'q':
                    m_memo[le(1)] = top();
                    break;
                case 'r':
                    m_memo[le(4)] = top();
                    break;
                case 0x94:
                    m_memo[m_memo.size()] = top();
                    break;
                case 'h':
                    pushMemo(le(1));
                    break;
                case 'j':
                    pushMemo(le(4));
                    break;
                case 's': {
                    const auto v = pop(), k = pop();
                    dictOnTop()->entries.emplace_back(k, v);
                    break;
                }
                case 'u': {
                    const auto kv = popToMark();
                    if (kv.size() % 2) fail("odd SETITEMS");
                    auto d = dictOnTop();
                    for (std::size_t k = 0; k < kv.size(); k += 2) d->entries.emplace_back(kv[k], kv[k + 1]);
                    break;
                }
                case 'a': {
                    const auto v = pop();
                    listOnTop()->items.push_back(v);
                    break;
                }
                case 'e': {
                    const auto vs = popToMark();
                    auto l = listOnTop();
                    l->items.insert(l->items.end(), vs.begin(), vs.end());
                    break;
                }
                case 'R': {
                    const auto args = pop(), fn = pop();
                    m_stack.push_back(reduce(fn, args));
                    break;
                }
                case 'b':
                    pop();
                    break;  // BUILD: object attributes (an OrderedDict's _metadata) are not needed
                case 'Q': {
                    const auto pid = pop();
                    m_stack.push_back(storage(pid));
                    break;
                }
                default:
                    fail("unsupported pickle opcode 0x" + hex(op));
            }
        }
    }

private:
    [[noreturn]] void fail(const std::string& why) const { throw Error(m_file, "data.pkl", why); }
    static std::string hex(unsigned v)
    {
        const char* d = "0123456789abcdef";
        return {d[(v >> 4) & 15], d[v & 15]};
    }
    char byte()
    {
        if (m_p >= m_end) fail("the pickle ends early");
        return *m_p++;
    }
    const char* take(std::size_t n)
    {
        if (std::size_t(m_end - m_p) < n) fail("the pickle ends early");
        const char* at = m_p;
        m_p += n;
        return at;
    }
    std::uint64_t le(std::size_t n)
    {
        const auto* b = reinterpret_cast<const std::uint8_t*>(take(n));
        std::uint64_t v = 0;
        for (std::size_t k = n; k-- > 0;) v = (v << 8) | b[k];
        return v;
    }
    std::string line()
    {
        std::string s;
        for (char c = byte(); c != '\n'; c = byte()) s += c;
        return s;
    }
    void pushInt(std::int64_t v)
    {
        auto p = make(PyValue::Kind::Int);
        p->i = v;
        m_stack.push_back(p);
    }
    void pushStr(std::size_t n)
    {
        auto p = make(PyValue::Kind::Str);
        p->s.assign(take(n), n);
        m_stack.push_back(p);
    }
    void pushMemo(std::uint64_t k)
    {
        const auto it = m_memo.find(k);
        if (it == m_memo.end()) fail("memo entry " + std::to_string(k) + " missing");
        m_stack.push_back(it->second);
    }
    PyPtr top()
    {
        if (m_stack.empty()) fail("the pickle stack is empty");
        return m_stack.back();
    }
    PyPtr pop()
    {
        auto v = top();
        m_stack.pop_back();
        return v;
    }
    std::vector<PyPtr> popToMark()
    {
        if (m_marks.empty() || m_marks.back() > m_stack.size()) fail("pickle MARK missing");
        const auto at = m_marks.back();
        m_marks.pop_back();
        std::vector<PyPtr> out(m_stack.begin() + std::ptrdiff_t(at), m_stack.end());
        m_stack.resize(at);
        return out;
    }
    PyPtr dictOnTop()
    {
        auto d = top();
        if (d->kind != PyValue::Kind::Dict) fail("SETITEM on a non-dictionary");
        return d;
    }
    PyPtr listOnTop()
    {
        auto l = top();
        if (l->kind != PyValue::Kind::List) fail("APPEND on a non-list");
        return l;
    }
    static std::vector<std::int64_t> ints(const PyPtr& t)
    {
        std::vector<std::int64_t> out;
        for (const auto& v : t->items) out.push_back(v->i);
        return out;
    }

    PyPtr reduce(const PyPtr& fn, const PyPtr& args)
    {
        if (fn->kind != PyValue::Kind::Global || args->kind != PyValue::Kind::Tuple) fail("unsupported REDUCE");
        const auto& a = args->items;
        if (fn->s == "collections.OrderedDict") return make(PyValue::Kind::Dict);
        if (fn->s == "torch._utils._rebuild_tensor_v2" || fn->s == "torch._utils._rebuild_tensor") {
            if (a.size() < 4 || a[0]->kind != PyValue::Kind::Tensor) fail("malformed tensor record");
            const auto size = ints(a[2]), stride = ints(a[3]);
            std::int64_t extent = 1;  // last element reached + 1, checked against the storage
            for (std::size_t k = 0; k < size.size(); ++k) extent += (size[k] - 1) * stride[k];
            if (std::any_of(size.begin(), size.end(), [](auto s) { return s == 0; })) extent = 0;
            if (a[1]->i < 0 || a[1]->i + extent > a[0]->tensor.numel()) fail("a tensor lies outside its storage");
            auto t = make(PyValue::Kind::Tensor);
            t->tensor = a[0]->tensor.as_strided(size, stride, a[1]->i).clone();
            return t;
        }
        // torch::pickle_save (LibTorch) tags typed containers: restore_type_tag(obj, "Dict[str, Tensor]").
        if (fn->s == "torch.jit._pickle.restore_type_tag" && !a.empty()) return a[0];
        if (fn->s == "torch._utils._rebuild_parameter" && !a.empty() && a[0]->kind == PyValue::Kind::Tensor)
            return a[0];
        fail("unsupported object " + fn->s + " in the checkpoint");
    }

    PyPtr storage(const PyPtr& pid)
    {
        const auto& a = pid->items;
        if (pid->kind != PyValue::Kind::Tuple || a.size() < 5 || a[0]->s != "storage")
            fail("unsupported persistent id");
        const auto type = storageType(a[1]->s);
        if (!type) fail("unsupported storage type " + a[1]->s);
        const auto& key = a[2]->s;
        const auto numel = a[4]->i;
        const auto cached = m_storages.find(key);
        if (cached != m_storages.end()) return cached->second;
        const std::string record = "data/" + key;
        if (!m_zip.hasRecord(record)) fail("storage " + key + " is missing from the archive");
        auto [ptr, bytes] = m_zip.getRecord(record);
        auto t = make(PyValue::Kind::Tensor);
        t->tensor = torch::empty({numel}, torch::TensorOptions().dtype(*type));
        if (bytes != std::size_t(t->tensor.nbytes())) fail("storage " + key + " has the wrong size");
        std::memcpy(t->tensor.data_ptr(), ptr.get(), bytes);
        m_storages[key] = t;
        return t;
    }

    std::filesystem::path m_file;
    caffe2::serialize::PyTorchStreamReader& m_zip;
    const char* m_p;
    const char* m_end;
    std::vector<PyPtr> m_stack;
    std::vector<std::size_t> m_marks;
    std::map<std::uint64_t, PyPtr> m_memo;
    std::map<std::string, PyPtr> m_storages;
};

}  // namespace

PyPtr readTorchArchive(const std::filesystem::path& file)
{
    if (!std::filesystem::exists(file)) throw Error(file, {}, "cannot open the checkpoint: no such file");
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> zip;
    at::DataPtr pkl;
    std::size_t size = 0;
    try {
        zip = std::make_unique<caffe2::serialize::PyTorchStreamReader>(file.string());
        std::tie(pkl, size) = zip->getRecord("data.pkl");
    } catch (const std::exception& e) {
        // miniz's messages go on for lines of advice: keep the first sentence.
        std::string why = e.what();
        why = why.substr(0, std::min(why.find('\n'), why.find(". ")));
        throw Error(file, {}, "not a readable PyTorch checkpoint (torch.save zip archive): " + why);
    }
    try {
        return Machine(file, *zip, static_cast<const char*>(pkl.get()), size).run();
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        std::string why = e.what();
        throw Error(file, {}, "not a readable PyTorch checkpoint: " + why.substr(0, why.find('\n')));
    }
}

namespace {

// Pickle protocol 2 writer for dicts of OrderedDicts of tensors, as torch.save lays them out.
class Pickler {
public:
    void op(char c) { m_out.push_back(c); }
    void str(const std::string& s)
    {
        op('X');
        put(std::uint32_t(s.size()), 4);
        m_out.append(s);
    }
    void integer(std::int64_t v)
    {
        if (v >= INT32_MIN && v <= INT32_MAX) {
            op('J');
            put(std::uint64_t(std::uint32_t(std::int32_t(v))), 4);
        } else {
            op(char(0x8a));
            op(char(8));
            put(std::uint64_t(v), 8);
        }
    }
    void global(const char* module, const char* name)
    {
        op('c');
        m_out.append(module).append("\n").append(name).append("\n");
    }
    void emptyOrderedDict()
    {
        global("collections", "OrderedDict");
        op(')');
        op('R');
    }
    void ints(at::IntArrayRef v)
    {
        op('(');
        for (auto x : v) integer(x);
        op('t');
    }
    const std::string& bytes() const { return m_out; }

private:
    void put(std::uint64_t v, int n)
    {
        for (int k = 0; k < n; ++k) m_out.push_back(char((v >> (8 * k)) & 0xff));
    }
    std::string m_out;
};

const char* storageName(at::ScalarType t)
{
    switch (t) {
        case at::kFloat:
            return "FloatStorage";
        case at::kDouble:
            return "DoubleStorage";
        case at::kHalf:
            return "HalfStorage";
        case at::kBFloat16:
            return "BFloat16Storage";
        case at::kLong:
            return "LongStorage";
        case at::kInt:
            return "IntStorage";
        case at::kShort:
            return "ShortStorage";
        case at::kChar:
            return "CharStorage";
        case at::kByte:
            return "ByteStorage";
        case at::kBool:
            return "BoolStorage";
        default:
            throw Error("cannot save tensors of type " + std::string(c10::toString(t)));
    }
}

}  // namespace

namespace {

// A group's entries name storages by index, so groups may share them (the same tensors under two names) or not.
using GroupEntries = std::vector<std::pair<std::string, std::size_t>>;

void writeArchive(const std::filesystem::path& file, const std::vector<std::pair<std::string, GroupEntries>>& groups,
                  const std::vector<at::Tensor>& storages)
{
    Pickler p;
    p.op(char(0x80));
    p.op(char(2));
    p.op('}');
    p.op('(');
    for (const auto& [group, entries] : groups) {
        p.str(group);
        p.emptyOrderedDict();
        p.op('(');
        for (const auto& [name, k] : entries) {
            const auto& t = storages[k];
            p.str(name);
            p.global("torch._utils", "_rebuild_tensor_v2");
            p.op('(');
            // Persistent id ('storage', torch.<Type>Storage, key, 'cpu', numel).
            p.op('(');
            p.str("storage");
            p.global("torch", storageName(t.scalar_type()));
            p.str(std::to_string(k));
            p.str("cpu");
            p.integer(t.numel());
            p.op('t');
            p.op('Q');
            p.integer(0);
            p.ints(t.sizes());
            p.ints(t.strides());
            p.op(char(0x89));  // requires_grad False
            p.emptyOrderedDict();
            p.op('t');
            p.op('R');
        }
        p.op('u');
    }
    p.op('u');
    p.op('.');

    std::ofstream os(file, std::ios::binary);
    if (!os) throw Error(file, {}, "cannot create the checkpoint");
    try {
        caffe2::serialize::PyTorchStreamWriter zip([&](const void* data, std::size_t n) {
            os.write(static_cast<const char*>(data), std::streamsize(n));
            return os ? n : std::size_t(0);
        });
        zip.writeRecord("data.pkl", p.bytes().data(), p.bytes().size());
        zip.writeRecord("byteorder", "little", 6);
        for (std::size_t k = 0; k < storages.size(); ++k)
            zip.writeRecord("data/" + std::to_string(k), storages[k].data_ptr(), std::size_t(storages[k].nbytes()));
        zip.writeEndOfFile();
    } catch (const std::exception& e) {
        std::string why = e.what();
        throw Error(file, {}, "cannot write the checkpoint: " + why.substr(0, why.find('\n')));
    }
    if (!os.flush()) throw Error(file, {}, "cannot write the checkpoint");
}

}  // namespace

void writeTorchArchive(const std::filesystem::path& file, const std::vector<std::string>& groups,
                       const std::vector<std::pair<std::string, at::Tensor>>& tensors)
{
    std::vector<at::Tensor> storages;
    GroupEntries entries;
    for (const auto& [name, t] : tensors) {
        entries.emplace_back(name, storages.size());
        storages.push_back(t.detach().to(torch::kCPU).contiguous());
    }
    std::vector<std::pair<std::string, GroupEntries>> all;
    for (const auto& g : groups) all.emplace_back(g, entries);  // the groups share storage k
    writeArchive(file, all, storages);
}

void writeTorchArchive(
    const std::filesystem::path& file,
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, at::Tensor>>>>& groups)
{
    std::vector<at::Tensor> storages;
    std::vector<std::pair<std::string, GroupEntries>> all;
    for (const auto& [group, tensors] : groups) {
        GroupEntries entries;
        for (const auto& [name, t] : tensors) {
            entries.emplace_back(name, storages.size());
            storages.push_back(t.detach().to(torch::kCPU).contiguous());
        }
        all.emplace_back(group, std::move(entries));
    }
    writeArchive(file, all, storages);
}

}  // namespace xrs::fusion

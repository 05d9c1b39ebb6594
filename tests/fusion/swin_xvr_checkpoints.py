# Reference-layout SWIN-XVR checkpoints for the fusion tests, run with the venv's Python that has torch.
# The names and shapes below are written from the spec table (shared/notes/swin-xvr.md), independently of the C++ code.
#   write OUT C HEADS WD WH WW [--drop NAME] [--extra NAME] [--module] [--params-only]
#   compare OURS REF   our file's params_ema and params equal REF's params_ema (names, shapes, values)
#   check OURS C HEADS WD WH WW   our file has exactly the spec's names and shapes in params and params_ema
#   resave OURS OUT    OURS' params_ema as {'params': {'module.' + name: tensor}} (no params_ema)
#   forward OURS C HEADS WD WH WW NL H W SEED DIR   a functional SWIN-XVR forward (written here from the spec) of
#                      OURS' params_ema on torch.rand inputs; writes DIR/lr.bin, hr.bin, out.bin (float32)
# Several commands run in one process when separated by '+'.
import collections
import struct
import sys

import torch
import torch.nn.functional as F


def layout(c, heads, window, depths=(2, 2, 18, 2)):
    wd, wh, ww = window
    out = []

    def conv(name, cin, cout):
        out.append((name + '.weight', [cout, cin, 3, 3]))
        out.append((name + '.bias', [cout]))

    conv('conv_first', 1, c)
    conv('conv_first_hi', 1, c)
    conv('conv1_hi', c, c)
    conv('conv2_hi', c, c)
    table = (2 * wd - 1) * (2 * wh - 1) * (2 * ww - 1)
    n = wd * wh * ww
    for i, depth in enumerate(depths):
        for j in range(depth):
            p = f'layers.{i}.residual_group.blocks.{j}.'
            out += [(p + 'norm1.weight', [c]), (p + 'norm1.bias', [c]),
                    (p + 'attn.relative_position_bias_table', [table, heads]),
                    (p + 'attn.relative_position_index', [n, n]),
                    (p + 'attn.qkv.weight', [3 * c, c]), (p + 'attn.qkv.bias', [3 * c]),
                    (p + 'attn.proj.weight', [c, c]), (p + 'attn.proj.bias', [c]),
                    (p + 'norm2.weight', [c]), (p + 'norm2.bias', [c]),
                    (p + 'mlp.fc1.weight', [2 * c, c]), (p + 'mlp.fc1.bias', [2 * c]),
                    (p + 'mlp.fc2.weight', [c, 2 * c]), (p + 'mlp.fc2.bias', [c])]
        conv(f'layers.{i}.conv', c, c)
    out += [('norm.weight', [c]), ('norm.bias', [c])]
    conv('conv_after_body', c, c)
    conv('conv_before_upsample.0', c, 64)
    conv('upsample.0', 64, 256)
    conv('upsample.2', 64, 256)
    conv('conv_last', 64, 1)
    return out


def rel_index(window):
    wd, wh, ww = window
    coords = torch.stack(torch.meshgrid(torch.arange(wd), torch.arange(wh), torch.arange(ww), indexing='ij')).flatten(1)
    rel = (coords[:, :, None] - coords[:, None, :]).permute(1, 2, 0)
    return ((rel[..., 0] + wd - 1) * (2 * wh - 1) * (2 * ww - 1) + (rel[..., 1] + wh - 1) * (2 * ww - 1)
            + (rel[..., 2] + ww - 1))


def window_block(x, sd, p, heads, window, shifted):
    # One 3D Swin block on (B, D, H, W, C), following the spec step by step.
    b, d, h, w, c = x.shape
    size = (d, h, w)
    ws = [size[i] if size[i] <= window[i] else window[i] for i in range(3)]
    ss = [0 if size[i] <= window[i] or not shifted else window[i] // 2 for i in range(3)]
    shortcut = x
    x = F.layer_norm(x, (c,), sd[p + 'norm1.weight'], sd[p + 'norm1.bias'], 1e-5)
    pad = [(ws[i] - size[i] % ws[i]) % ws[i] for i in range(3)]
    x = F.pad(x, (0, 0, 0, pad[2], 0, pad[1], 0, pad[0]))
    dp, hp, wp = x.shape[1:4]
    mask = None
    if any(ss):
        x = torch.roll(x, shifts=(-ss[0], -ss[1], -ss[2]), dims=(1, 2, 3))
        img = torch.zeros(dp, hp, wp)
        cnt = 0
        for sd_ in (slice(-ws[0]), slice(-ws[0], -ss[0]), slice(-ss[0], None)):
            for sh_ in (slice(-ws[1]), slice(-ws[1], -ss[1]), slice(-ss[1], None)):
                for sw_ in (slice(-ws[2]), slice(-ws[2], -ss[2]), slice(-ss[2], None)):
                    img[sd_, sh_, sw_] = cnt
                    cnt += 1
        mw = img.view(dp // ws[0], ws[0], hp // ws[1], ws[1], wp // ws[2], ws[2]).permute(0, 2, 4, 1, 3, 5)
        mw = mw.reshape(-1, ws[0] * ws[1] * ws[2])
        mask = (mw[:, None, :] - mw[:, :, None]) != 0
        mask = torch.where(mask, -100.0, 0.0)
    n = ws[0] * ws[1] * ws[2]
    win = x.view(b, dp // ws[0], ws[0], hp // ws[1], ws[1], wp // ws[2], ws[2], c).permute(0, 1, 3, 5, 2, 4, 6, 7)
    win = win.reshape(-1, n, c)
    qkv = F.linear(win, sd[p + 'attn.qkv.weight'], sd[p + 'attn.qkv.bias'])
    qkv = qkv.reshape(win.shape[0], n, 3, heads, c // heads).permute(2, 0, 3, 1, 4)
    q, k, v = qkv[0] * (c // heads) ** -0.5, qkv[1], qkv[2]
    attn = q @ k.transpose(-2, -1)
    index = sd[p + 'attn.relative_position_index'][:n, :n].reshape(-1)
    bias = sd[p + 'attn.relative_position_bias_table'][index].reshape(n, n, heads).permute(2, 0, 1)
    attn = attn + bias[None]
    if mask is not None:
        nw = mask.shape[0]
        attn = attn.view(-1, nw, heads, n, n) + mask[None, :, None]
        attn = attn.view(-1, heads, n, n)
    out = (attn.softmax(-1) @ v).transpose(1, 2).reshape(-1, n, c)
    out = F.linear(out, sd[p + 'attn.proj.weight'], sd[p + 'attn.proj.bias'])
    out = out.view(b, dp // ws[0], hp // ws[1], wp // ws[2], ws[0], ws[1], ws[2], c).permute(0, 1, 4, 2, 5, 3, 6, 7)
    out = out.reshape(b, dp, hp, wp, c)
    if any(ss):
        out = torch.roll(out, shifts=tuple(ss), dims=(1, 2, 3))
    x = shortcut + out[:, :d, :h, :w]
    y = F.layer_norm(x, (c,), sd[p + 'norm2.weight'], sd[p + 'norm2.bias'], 1e-5)
    y = F.linear(F.gelu(F.linear(y, sd[p + 'mlp.fc1.weight'], sd[p + 'mlp.fc1.bias'])), sd[p + 'mlp.fc2.weight'],
                 sd[p + 'mlp.fc2.bias'])
    return x + y


def reference_forward(sd, lr, hr, c, heads, window, depths=(2, 2, 18, 2)):
    b, nl, _, h, w = lr.shape
    d = nl + 2

    def conv(x, name):
        return F.conv2d(x, sd[name + '.weight'], sd[name + '.bias'], padding=1)

    def frames(x, name):  # per-frame conv of (B, D, H, W, C)
        y = conv(x.permute(0, 1, 4, 2, 3).reshape(b * d, c, h, w), name)
        return y.reshape(b, d, c, h, w).permute(0, 1, 3, 4, 2)

    low = F.leaky_relu(conv(lr.reshape(b * nl, 1, h, w), 'conv_first'), 0.1).reshape(b, nl, c, h, w)
    hi = F.leaky_relu(conv(hr.reshape(b * 2, 1, 4 * h, 4 * w), 'conv_first_hi'), 0.1)
    hi = F.max_pool2d(F.leaky_relu(conv(hi, 'conv1_hi'), 0.1), 3, 2, 1)
    hi = F.max_pool2d(F.leaky_relu(conv(hi, 'conv2_hi'), 0.1), 3, 2, 1).reshape(b, 2, c, h, w)
    shallow = torch.cat([low, hi], 1).permute(0, 1, 3, 4, 2)  # (B, D, h, w, C)
    x = shallow
    for i, depth in enumerate(depths):
        y = x
        for j in range(depth):
            y = window_block(y, sd, f'layers.{i}.residual_group.blocks.{j}.', heads, window, j % 2 == 1)
        x = frames(y, f'layers.{i}.conv') + x
    x = F.layer_norm(x, (c,), sd['norm.weight'], sd['norm.bias'], 1e-5)
    x = frames(x, 'conv_after_body') + shallow
    y = x[:, nl // 2].permute(0, 3, 1, 2)
    y = F.leaky_relu(conv(y, 'conv_before_upsample.0'), 0.01)
    y = F.pixel_shuffle(conv(y, 'upsample.0'), 2)
    y = F.pixel_shuffle(conv(y, 'upsample.2'), 2)
    return conv(y, 'conv_last')


def write_floats(path, t):
    values = t.detach().double().flatten().tolist()
    with open(path, 'wb') as f:
        f.write(struct.pack(f'<{len(values)}f', *values))


def args_cfg(a):
    return int(a[0]), int(a[1]), (int(a[2]), int(a[3]), int(a[4]))


def main(argv):
    cmd = argv[1]
    if cmd == 'write':
        out = argv[2]
        c, heads, window = args_cfg(argv[3:8])
        rest = argv[8:]
        torch.manual_seed(7)
        ema = collections.OrderedDict()
        for name, shape in layout(c, heads, window):
            ema[name] = rel_index(window) if name.endswith('relative_position_index') else torch.randn(shape) * 0.05
        if '--drop' in rest:
            del ema[rest[rest.index('--drop') + 1]]
        if '--extra' in rest:
            ema[rest[rest.index('--extra') + 1]] = torch.zeros(3)
        # Like nn.Module.state_dict(): an OrderedDict carrying _metadata.
        ema._metadata = collections.OrderedDict([('', {'version': 1}), ('conv_first', {'version': 1})])
        params = collections.OrderedDict((k, torch.zeros_like(v) if v.is_floating_point() else v) for k, v in ema.items())
        if '--module' in rest:
            ema = collections.OrderedDict(('module.' + k, v) for k, v in ema.items())
        ckpt = {'params': ema} if '--params-only' in rest else {'params': params, 'params_ema': ema}
        torch.save(ckpt, out)
        print('OK', len(ema))
    elif cmd == 'compare':
        ours = torch.load(argv[2])
        ref = torch.load(argv[3])['params_ema']
        for key in ('params', 'params_ema'):
            sd = ours[key]
            assert list(sd.keys()) != [] and set(sd.keys()) == set(ref.keys()), (key, set(sd) ^ set(ref))
            worst = 0.0
            for k, v in ref.items():
                assert sd[k].shape == v.shape and sd[k].dtype == v.dtype, (k, sd[k].shape, v.shape, sd[k].dtype)
                worst = max(worst, (sd[k].double() - v.double()).abs().max().item())
            assert worst == 0.0, worst
        print('OK', len(ref))
    elif cmd == 'check':
        ours = torch.load(argv[2])
        c, heads, window = args_cfg(argv[3:8])
        want = layout(c, heads, window)
        for key in ('params', 'params_ema'):
            sd = ours[key]
            got = [(k, list(v.shape)) for k, v in sd.items()]
            assert sorted(got) == sorted(want), (key, set(map(str, got)) ^ set(map(str, want)))
            for k, v in sd.items():
                if k.endswith('relative_position_index'):
                    assert v.dtype == torch.int64 and torch.equal(v, rel_index(window)), k
                else:
                    assert v.dtype == torch.float32, k
        print('OK', len(want), sum(v.numel() for k, v in ours['params_ema'].items() if 'relative_position_index' not in k))
    elif cmd == 'resave':
        ours = torch.load(argv[2])['params_ema']
        torch.save({'params': collections.OrderedDict(('module.' + k, v) for k, v in ours.items())}, argv[3])
        print('OK', len(ours))
    elif cmd == 'forward':
        sd = torch.load(argv[2])['params_ema']
        c, heads, window = args_cfg(argv[3:8])
        nl, h, w, seed = (int(v) for v in argv[8:12])
        out_dir = argv[12]
        torch.manual_seed(seed)
        lr = torch.rand(1, nl, 1, h, w)
        hr = torch.rand(1, 2, 1, 4 * h, 4 * w)
        with torch.no_grad():
            out = reference_forward(sd, lr, hr, c, heads, window)
        write_floats(out_dir + '/lr.bin', lr)
        write_floats(out_dir + '/hr.bin', hr)
        write_floats(out_dir + '/out.bin', out)
        print('OK', tuple(out.shape))
    else:
        raise SystemExit('unknown command ' + cmd)


if __name__ == '__main__':
    # Several commands in one run (one torch import) are separated by '+'.
    args = sys.argv[1:]
    while args:
        n = args.index('+') if '+' in args else len(args)
        main([sys.argv[0]] + args[:n])
        args = args[n + 1:]

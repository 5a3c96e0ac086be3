-- Neovim (0.7+) as a real LSP client of async-clangd. Started with
-- docs/editors.md's settings as its init file (-u), which start the server
-- for C and C++ buffers: opens $LSP_FILE, waits for its diagnostics and
-- writes what vim.diagnostic.get() returns to $LSP_OUT, one diagnostic a
-- line (1-based positions).
-- nvim --headless -u init.lua -i NONE -n -c 'luafile nvim_diagnostics.lua'
local file, out = os.getenv('LSP_FILE'), os.getenv('LSP_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(file))

local found = vim.wait(120000, function()
  return #vim.diagnostic.get(0) > 0
end, 100)

local lines = {}
if #vim.lsp.buf_get_clients(0) == 0 then
  table.insert(lines, 'no client: the settings did not start async-clangd')
end
if not found then
  table.insert(lines, 'timeout: no diagnostics')
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(lines, string.format('%d:%d-%d:%d severity=%d source=%s code=%s %s',
    d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1, d.severity,
    tostring(d.source), tostring(code), d.message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd('qa!')

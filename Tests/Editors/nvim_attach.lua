-- Run by NeovimTests: loads an editor config, opens a script, waits for the language
-- server's diagnostics and writes what Neovim got to a file, then quits.
local config = os.getenv("CALLSCRIPT_NVIM_CONFIG")
local script = os.getenv("CALLSCRIPT_SCRIPT")
local out = os.getenv("CALLSCRIPT_OUT")
local lines = {}
local ok, err = pcall(dofile, config)
if not ok then
  table.insert(lines, "config error " .. tostring(err))
end
vim.cmd("edit " .. vim.fn.fnameescape(script))
table.insert(lines, "filetype " .. vim.bo.filetype)
vim.wait(30000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
for _, client in pairs(vim.lsp.buf_get_clients(0)) do
  table.insert(lines, "client " .. client.name)
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(lines, string.format("diagnostic %d %s", d.lnum + 1, tostring(lsp.code or d.code)))
end
vim.fn.writefile(lines, out)
vim.cmd("qa!")

-- Loaded after the README's Neovim recipe (the init file): waits for the article's diagnostics
-- and prints one JSON line {"filetype":..., "codes":[...]} (or {"error":...}), then quits.
local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics within 15 s')
  local codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    codes[#codes + 1] = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  end
  io.stdout:write(vim.fn.json_encode({ filetype = vim.bo[bufnr].filetype, codes = codes }) .. '\n')
end)
if not ok then io.stdout:write(vim.fn.json_encode({ error = tostring(err) }) .. '\n') end
io.stdout:flush()
vim.cmd(ok and 'qall!' or 'cquit! 1')

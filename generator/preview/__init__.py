"""`beslut forhandsgranska`: the rendered document in the browser, with the errors beside it."""

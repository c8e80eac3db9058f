# campaigns area
